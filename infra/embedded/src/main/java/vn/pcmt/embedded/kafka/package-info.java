/** A real single-node KRaft Kafka broker and controller, started in-process from the Kafka server artifact. */
package vn.pcmt.embedded.kafka;
