package vn.pcmt.registry.domain;

import vn.pcmt.registry.domain.event.SubjectChange;

/**
 * A change as stored: its version, and the id of the command that caused it (Axon's {@code correlationId}), which
 * groups the events one command recorded so they are retracted together.
 */
public record RecordedChange(long version, String correlationId, SubjectChange change) {
}
