/** What officers ask of areas: imperative records, validated by the aggregate before anything is stored. */
package vn.pcmt.assessment.domain.command;
