/** The platform's infrastructure on one machine: a real Kafka broker and a MongoDB-compatible store, with no Docker. */
package vn.pcmt.embedded;
