/**
 * Facts about an area as of any date, folded from what the registry and case-service published: a person's history
 * of registry entries answers where they lived and how they stood on a date.
 */
package vn.pcmt.assessment.domain.facts;
