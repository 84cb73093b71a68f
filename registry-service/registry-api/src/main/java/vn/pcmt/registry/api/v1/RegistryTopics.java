package vn.pcmt.registry.api.v1;

/** Kafka topics the registry publishes; events of one subject share a key (the subject id). */
public final class RegistryTopics {

    public static final String EVENTS = "pcmt.registry.v1";

    private RegistryTopics() {
    }
}
