/** Subject statistics of an area as of any date and as known at any moment, folded from the event log. */
package vn.pcmt.reporting.query.subjectstatistics;
