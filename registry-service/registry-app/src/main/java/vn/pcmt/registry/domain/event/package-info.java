/** What happened to subjects: past-tense records kept forever in the event store, versioned with @Revision. */
package vn.pcmt.registry.domain.event;
