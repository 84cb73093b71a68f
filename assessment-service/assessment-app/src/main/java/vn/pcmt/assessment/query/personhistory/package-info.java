/**
 * Each registry subject's entries as the registry published them (pseudonymous: no names), and every area the subject
 * ever lived in, so that an area's persons can be folded as of any date.
 */
package vn.pcmt.assessment.query.personhistory;
