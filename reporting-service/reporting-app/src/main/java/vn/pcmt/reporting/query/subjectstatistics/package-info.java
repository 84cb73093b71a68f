/**
 * Subject statistics of an area as of any date and as known at any moment, folded from each subject's history (one
 * document per subject) and, for cases and areas, from the event log.
 */
package vn.pcmt.reporting.query.subjectstatistics;
