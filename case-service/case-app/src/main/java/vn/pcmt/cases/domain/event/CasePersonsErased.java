package vn.pcmt.cases.domain.event;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * The persons the case names ({@code personIds}, whose keys seal their data) are erased; their keys are destroyed once
 * this is stored, the rest of the case stays.
 */
@Revision("1")
public record CasePersonsErased(String caseId, LocalDate erasedOn, String reason, List<String> personIds) {

    public CasePersonsErased {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }
}
