/** Owns nothing of record: statistics built from every service's events, reports, as-of queries and replays. */
package vn.pcmt.reporting;
