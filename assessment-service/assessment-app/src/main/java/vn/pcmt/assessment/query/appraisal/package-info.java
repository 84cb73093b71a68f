/** One document per recorded appraisal, as it was made. */
package vn.pcmt.assessment.query.appraisal;
