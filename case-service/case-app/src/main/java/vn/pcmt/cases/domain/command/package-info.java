/** What officers ask of case-service's aggregates. */
package vn.pcmt.cases.domain.command;
