/**
 * Integration events on Kafka: published at least once from the event store (key = aggregate id, acks=all,
 * idempotent producer, lz4), consumed once per consumer by deduplicating on the event id.
 */
package vn.pcmt.platform.kafka;
