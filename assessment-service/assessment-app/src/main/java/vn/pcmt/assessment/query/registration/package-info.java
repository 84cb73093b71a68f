/** One document per drug-free registration (area and programme year) with its baseline. */
package vn.pcmt.assessment.query.registration;
