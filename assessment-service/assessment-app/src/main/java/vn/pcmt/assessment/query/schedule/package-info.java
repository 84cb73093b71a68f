/** Each province's deadlines per programme year, and the schedule in force for any area. */
package vn.pcmt.assessment.query.schedule;
