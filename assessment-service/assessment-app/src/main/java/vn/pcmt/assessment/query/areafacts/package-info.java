/** The latest manual facts of each area and programme year, with who recorded them and when. */
package vn.pcmt.assessment.query.areafacts;
