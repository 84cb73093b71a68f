package vn.pcmt.platform.axon;

import java.util.function.Supplier;

import vn.pcmt.platform.event.Actor;

/**
 * Who is calling: the subject, role and unit of the request's validated token ({@link vn.pcmt.platform.security.TokenActor}),
 * never a bare header; {@link Actor#UNAUTHENTICATED} outside a request.
 */
public interface CurrentActor extends Supplier<Actor> {
}
