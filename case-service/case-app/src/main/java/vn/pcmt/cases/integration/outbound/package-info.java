/** Publishes case-service's events to Kafka as the v1 published language (its own streaming processor). */
package vn.pcmt.cases.integration.outbound;
