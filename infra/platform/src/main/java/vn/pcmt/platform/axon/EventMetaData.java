package vn.pcmt.platform.axon;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import vn.pcmt.platform.event.Actor;

/**
 * The metadata every command carries and every event inherits: who acted and the effective date in the real world
 * (the event store's timestamp is the recorded time), which together make the store bitemporal.
 */
public final class EventMetaData {

    public static final String ACTOR_USER_ID = "actorUserId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    /** Dates in the real world are Vietnamese calendar dates. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The keys copied from a command to the events it causes. */
    public static final List<String> PROPAGATED = List.of(ACTOR_USER_ID, ACTOR_ROLE, ACTOR_UNIT, EFFECTIVE_DATE);

    private EventMetaData() {
    }

    public static MetaData of(Actor actor, LocalDate effectiveDate) {
        Map<String, Object> values = new HashMap<>();
        values.put(ACTOR_USER_ID, actor.userId());
        values.put(ACTOR_ROLE, actor.role());
        if (actor.unitCode() != null) {
            values.put(ACTOR_UNIT, actor.unitCode());
        }
        values.put(EFFECTIVE_DATE, effectiveDate.toString());
        return MetaData.from(values);
    }

    public static Actor actor(Message<?> message) {
        MetaData metaData = message.getMetaData();
        Object userId = metaData.get(ACTOR_USER_ID);
        if (userId == null) {
            return Actor.UNAUTHENTICATED;
        }
        Object unit = metaData.get(ACTOR_UNIT);
        return new Actor(userId.toString(), String.valueOf(metaData.get(ACTOR_ROLE)), unit == null ? null : unit.toString());
    }

    /** The effective date; an event stored without one takes the Vietnamese date it was recorded on. */
    public static LocalDate effectiveDate(Message<?> message) {
        Object value = message.getMetaData().get(EFFECTIVE_DATE);
        if (value != null) {
            return LocalDate.parse(value.toString());
        }
        if (message instanceof org.axonframework.eventhandling.EventMessage<?> event) {
            return LocalDate.ofInstant(event.getTimestamp(), BUSINESS_ZONE);
        }
        throw new IllegalArgumentException("Message " + message.getIdentifier() + " has no effective date");
    }
}
