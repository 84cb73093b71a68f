/** Case-service's copy of the area directory, kept from {@code pcmt.assessment.v1}. */
package vn.pcmt.cases.query.areadirectory;
