package vn.pcmt.assessment.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The successor's record of a merger: the areas merged into it. Each predecessor confirms it by its own
 * {@link AreaClosed} (an area closes into one successor only), and each of their children moves by {@link AreaMoved}.
 */
@Revision("1")
public record AreasMerged(String code, List<String> predecessorCodes, LocalDate effectiveOn, String decisionNo) {
}
