/** Every fact case-service published, by the areas it concerns (where it is, where its person lives). */
package vn.pcmt.assessment.query.casefacts;
