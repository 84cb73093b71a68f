package vn.pcmt.registry.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;

/**
 * Puts a person on the registry. Namesakes (same name and date of birth in the commune) are refused with the candidates
 * unless the officer has checked them and sets {@code confirmedDistinct}.
 */
public record RegisterSubject(
        @TargetAggregateIdentifier String subjectId,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationalId,
        String nationalIdMissingReason,
        Residence residence,
        Category category,
        FoundBy foundBy,
        LocalDate foundOn,
        boolean confirmedDistinct) {
}
