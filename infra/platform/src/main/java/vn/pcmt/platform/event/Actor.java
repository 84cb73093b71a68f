package vn.pcmt.platform.event;

/**
 * Who caused a change: a user (or client) id, the role they acted in, and the unit (area code) they act for.
 * Recorded on every stored event and copied into every integration event.
 */
public record Actor(String userId, String role, String unitCode) {

    /** The caller before sign-in exists (issue 7): honest about what is known. */
    public static final Actor UNAUTHENTICATED = new Actor("anonymous", "UNAUTHENTICATED", null);

    /** Changes the platform makes by itself, e.g. from another service's event. */
    public static Actor system(String service) {
        return new Actor(service, "SYSTEM", null);
    }
}
