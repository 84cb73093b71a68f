/** What case-service's aggregates decided: past-tense records, kept forever. */
package vn.pcmt.cases.domain.event;
