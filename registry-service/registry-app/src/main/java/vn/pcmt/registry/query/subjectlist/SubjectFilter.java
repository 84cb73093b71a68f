package vn.pcmt.registry.query.subjectlist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.Flag;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.TreatmentKind;

/**
 * What officers filter lists by. The same filter reads the list documents (today's lists) and folded files (lists as
 * of a past date); {@code SubjectListQueriesIT} runs both over the same subjects so they cannot drift apart.
 *
 * @param communeCode or {@code villageCode}: at least one is required, lists are always of an area
 */
public record SubjectFilter(String communeCode, String villageCode, Category category, TreatmentKind treatment,
                            Flag flag, Overdue overdue, Integer managementEndingWithinDays) {

    /** For the list documents, on {@code today}. */
    Criteria criteria(LocalDate today) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("removed").is(false));
        if (communeCode != null) {
            all.add(Criteria.where("communeCode").is(communeCode));
        }
        if (villageCode != null) {
            all.add(Criteria.where("villageCode").is(villageCode));
        }
        if (category != null) {
            all.add(Criteria.where("category").is(category));
        }
        if (treatment != null) {
            all.add(Criteria.where("treatments").is(treatment));
        }
        if (flag != null) {
            all.add(Criteria.where("flags").is(flag));
        }
        if (overdue != null) {
            all.add(switch (overdue) {
                case TEST -> Criteria.where("nextTestDueOn").lt(today);
                case RESIDENCE_CHECK -> new Criteria().andOperator(Criteria.where("nextResidenceCheckDueOn").lt(today),
                        Criteria.where("managementEndsOn").gte(today));
                case REHAB_REGISTRATION -> Criteria.where("voluntaryRehabDueOn").lt(today);
            });
        }
        if (managementEndingWithinDays != null) {
            all.add(Criteria.where("managementEndsOn").gte(today).lte(today.plusDays(managementEndingWithinDays)));
        }
        return new Criteria().andOperator(all);
    }

    /** For a file folded as of {@code date}. */
    boolean matches(SubjectFile file, LocalDate date) {
        var residence = file.residenceOn(date);
        if (!file.isOnListOn(date) || residence.isEmpty()) {
            return false;
        }
        if (communeCode != null && !communeCode.equals(residence.get().residence().communeCode())
                || villageCode != null && !villageCode.equals(residence.get().residence().villageCode())
                || category != null && file.category() != category
                || treatment != null && file.treatments().stream().noneMatch(t -> t.kind() == treatment && t.covers(date))
                || flag != null && !file.isFlagged(flag)) {
            return false;
        }
        if (overdue != null) {
            boolean late = switch (overdue) {
                case TEST -> file.nextTestDueOn().filter(due -> due.isBefore(date)).isPresent();
                case RESIDENCE_CHECK -> file.nextResidenceCheckDueOn(date).filter(due -> due.isBefore(date)).isPresent();
                case REHAB_REGISTRATION -> file.voluntaryRehabDeadlinePending().filter(due -> due.isBefore(date)).isPresent();
            };
            if (!late) {
                return false;
            }
        }
        return managementEndingWithinDays == null || file.managementEndsOn(date)
                .filter(end -> !end.isAfter(date.plusDays(managementEndingWithinDays))).isPresent();
    }
}
