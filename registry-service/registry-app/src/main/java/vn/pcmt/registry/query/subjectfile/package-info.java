/** A subject's file and history read straight from the event store, as of any effective date or recording time. */
package vn.pcmt.registry.query.subjectfile;
