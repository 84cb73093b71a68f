/** Publishes the registry's events to Kafka as the v1 published language, without names or identity numbers. */
package vn.pcmt.registry.integration.outbound;
