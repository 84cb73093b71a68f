package vn.pcmt.cases.domain;

/** Whether a case or hotspot this service keeps exists (for a tip resolved into one, or a gang's linked case). */
public interface KnownRecords {

    boolean caseExists(String caseId);

    boolean hotspotExists(String hotspotId);
}
