package vn.pcmt.cases.domain;

/** Whether a case, hotspot or tip this service keeps exists (a tip resolved into one, a gang's case, a case's tip). */
public interface KnownRecords {

    boolean caseExists(String caseId);

    boolean hotspotExists(String hotspotId);

    boolean tipExists(String tipId);
}
