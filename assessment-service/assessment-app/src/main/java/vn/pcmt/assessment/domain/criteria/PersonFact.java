package vn.pcmt.assessment.domain.criteria;

import java.time.LocalDate;

/**
 * A resident on the registry as of the appraisal date, by pseudonymous subject id: why listed, whether living in the
 * community (not in compulsory rehab or detained), treatment, post-rehab management, flags, whether watched (a
 * management period or a supervisor), the latest test and whether it was negative, and support to find work.
 */
public record PersonFact(
        String subjectId,
        Category category,
        boolean inCommunity,
        Treatment treatment,
        boolean psychosisSigns,
        boolean watched,
        LocalDate latestTestOn,
        boolean latestTestNegative,
        boolean supportedToWork) {

    public enum Category {
        SUSPECTED,
        ILLEGAL_USER,
        ADDICT,
        POST_REHAB
    }

    public enum Treatment {
        NONE,
        SUBSTITUTION,
        VOLUNTARY_HOME,
        VOLUNTARY_COMMUNITY,
        VOLUNTARY_FACILITY,
        COMPULSORY
    }

    /** An addict or illegal user living in the community: the "users" QĐ 28 counts. */
    public boolean userInCommunity() {
        return inCommunity && (category == Category.ADDICT || category == Category.ILLEGAL_USER);
    }

    /** Negative at a test no more than {@code days} days before {@code asOf}. */
    public boolean negativeWithin(LocalDate asOf, int days) {
        return latestTestNegative && latestTestOn != null && !latestTestOn.isBefore(asOf.minusDays(days)) && !latestTestOn.isAfter(asOf);
    }
}
