package vn.pcmt.assessment.api.v1;

/** Kafka topics the assessment service publishes; events of one area share a key (the area code). */
public final class AssessmentTopics {

    public static final String EVENTS = "pcmt.assessment.v1";

    private AssessmentTopics() {
    }
}
