package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;
import vn.pcmt.assessment.domain.criteria.CriteriaSetId;

/** {@code year}: the programme year the recognition holds for. */
@Revision("1")
public record RecognitionDecided(String appraisalId, String areaCode, int year, CriteriaSetId criteriaSet, boolean recognized,
                                 String decisionNo, LocalDate decidedOn, String signer, String reasons) {
}
