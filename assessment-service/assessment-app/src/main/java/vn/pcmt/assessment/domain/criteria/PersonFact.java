package vn.pcmt.assessment.domain.criteria;

import java.time.LocalDate;

/**
 * A resident on the registry as of the appraisal date, by pseudonymous subject id: why listed, whether living in the
 * community (not in compulsory rehab or at a rehab facility), treatment, flags, whether watched (under a management
 * period: the registry does not publish supervisors yet), the latest test and whether it was negative, and support
 * to find work.
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

    /** An addict or illegal user on record. */
    public boolean user() {
        return category == Category.ADDICT || category == Category.ILLEGAL_USER;
    }

    /** An addict or illegal user living in the community (not in compulsory rehab or at a rehab facility). */
    public boolean userInCommunity() {
        return inCommunity && user();
    }

    /** Negative at a test no more than {@code days} days before {@code asOf}. */
    public boolean negativeWithin(LocalDate asOf, int days) {
        return latestTestNegative && latestTestOn != null && !latestTestOn.isBefore(asOf.minusDays(days)) && !latestTestOn.isAfter(asOf);
    }
}
