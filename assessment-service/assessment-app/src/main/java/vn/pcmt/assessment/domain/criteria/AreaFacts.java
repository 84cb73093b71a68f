package vn.pcmt.assessment.domain.criteria;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known of an area on {@code asOf} (QĐ 28 inputs and the local scheme's): its persons from the registry's
 * events, its {@code cases} counts from case-service's, and manual facts. {@code baselineUsers}: addicts and users on the registration day (null when the area is
 * not registered); {@code keyCommunes}/{@code communes}: for a province, its Type I+II communes and all its communes.
 */
public record AreaFacts(
        String areaCode,
        LocalDate asOf,
        long population,
        boolean onRoute,
        List<PersonFact> persons,
        CaseCounts cases,
        Integer baselineUsers,
        long households,
        long householdsCommitted,
        int effectivePreventionModels,
        int keyCommunes,
        int communes) {

    public AreaFacts {
        persons = List.copyOf(persons);
    }

    /** Addicts and illegal users living in the community. */
    public long users() {
        return persons.stream().filter(PersonFact::userInCommunity).count();
    }

    /** QĐ 28's "users": addicts and illegal users with management records, wherever they are now (rehab included). */
    public long usersOnRecord() {
        return persons.stream().filter(PersonFact::user).count();
    }
}
