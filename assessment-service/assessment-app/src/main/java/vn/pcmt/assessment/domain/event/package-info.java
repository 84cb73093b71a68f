/** What happened to areas: past-tense records kept forever in the event store, versioned with @Revision. */
package vn.pcmt.assessment.domain.event;
