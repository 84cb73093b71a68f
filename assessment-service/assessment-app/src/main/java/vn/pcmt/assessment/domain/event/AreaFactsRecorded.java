package vn.pcmt.assessment.domain.event;

import java.util.List;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.PreventionModel;

@Revision("1")
public record AreaFactsRecorded(String code, int year, long population, long households, long householdsCommitted, boolean onRoute,
                                List<PreventionModel> preventionModels, String evidence) {
}
