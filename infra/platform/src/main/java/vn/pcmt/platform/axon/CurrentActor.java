package vn.pcmt.platform.axon;

import java.util.function.Supplier;

import vn.pcmt.platform.event.Actor;

/**
 * Who is calling. Until sign-in exists (issue 7: OAuth2 tokens checked by every service) every caller is
 * {@link Actor#UNAUTHENTICATED}; the implementation will read the validated token, never a bare header.
 */
public interface CurrentActor extends Supplier<Actor> {
}
