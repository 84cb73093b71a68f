/** Publishes the assessment service's events to Kafka as the v1 published language (its own streaming processor). */
package vn.pcmt.assessment.integration.outbound;
