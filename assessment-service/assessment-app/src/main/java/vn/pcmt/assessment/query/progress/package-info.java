/** Targets per area and year, and the progress of an area's villages or communes towards them. */
package vn.pcmt.assessment.query.progress;
