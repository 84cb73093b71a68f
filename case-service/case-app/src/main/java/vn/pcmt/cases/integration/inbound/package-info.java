/** Kafka → case-service's read models; each event applied once. */
package vn.pcmt.cases.integration.inbound;
