package vn.pcmt.cases.domain;

import java.util.Collection;

import vn.pcmt.platform.event.Actor;

/**
 * A tipster's identity is visible only to a signed-in officer handling the tip: the one who received it or one
 * assigned at triage. Nobody else sees it — not other officers, not the platform itself, not an unauthenticated caller.
 */
public final class TipsterVisibility {

    private TipsterVisibility() {
    }

    public static boolean visibleTo(Actor actor, Collection<String> handlers) {
        if (actor == null || actor.userId() == null) {
            return false;
        }
        boolean signedIn = !Actor.UNAUTHENTICATED.role().equals(actor.role()) && !"SYSTEM".equals(actor.role());
        return signedIn && handlers.contains(actor.userId());
    }
}
