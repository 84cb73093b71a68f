/**
 * Every integration event reporting has read, as it was published, in the order of its partition: what statistics are
 * replayed from and what analysts export, pseudonymised.
 */
package vn.pcmt.reporting.query.eventlog;
