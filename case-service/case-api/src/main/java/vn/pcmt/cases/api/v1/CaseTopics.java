package vn.pcmt.cases.api.v1;

/** Kafka topics the case service publishes; events of one case, hotspot or dossier share a key (its id). */
public final class CaseTopics {

    public static final String EVENTS = "pcmt.cases.v1";

    private CaseTopics() {
    }
}
