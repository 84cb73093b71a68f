package vn.pcmt.registry.query.subjectlist;

/** What a person on a list can be overdue for. */
public enum Overdue {
    /** the next drug test's due date has passed */
    TEST,
    /** the monthly residence check of a managed person has passed */
    RESIDENCE_CHECK,
    /** a notified addict did not register for voluntary rehab within 5 working days */
    REHAB_REGISTRATION
}
