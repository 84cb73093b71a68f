/** Owns the area directory and every area's standing against the legal criteria: registrations, appraisals, recognition. */
package vn.pcmt.assessment;
