/**
 * One document per subject with where they live and why they are listed: counting documents, not adding up
 * increments, is what keeps the figures right when Kafka redelivers an event.
 */
package vn.pcmt.reporting.query.subjectresidence;
