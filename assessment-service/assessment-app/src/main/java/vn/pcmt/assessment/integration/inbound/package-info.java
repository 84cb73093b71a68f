/** Kafka consumers: other services' integration events into assessment's own read models. */
package vn.pcmt.assessment.integration.inbound;
