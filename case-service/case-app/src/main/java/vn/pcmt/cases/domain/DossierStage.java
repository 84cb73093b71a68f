package vn.pcmt.cases.domain;

/** Where a compulsory-rehab dossier is in the TTLT 03/2025 procedure. */
public enum DossierStage {
    PREPARED,
    /** the person received written notice and has 3 working days to read the dossier */
    NOTIFIED,
    SENT_TO_COURT,
    /** the court returned the dossier to be completed (trả hồ sơ); sent again once completed */
    RETURNED,
    /** the court decided to send the person to compulsory rehab */
    ACCEPTED,
    /** the court decided not to */
    REJECTED,
    /** the decision was executed: the person is at the facility */
    EXECUTED,
    ENDED,
    /** the police withdrew the proposal (rút hồ sơ), e.g. the person died or entered rehab another way */
    WITHDRAWN
}
