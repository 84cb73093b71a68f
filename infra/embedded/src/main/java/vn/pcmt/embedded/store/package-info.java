/**
 * The MongoDB-wire-compatible store that stands in for a MongoDB replica set where none runs, with ordered indexes
 * so that the event store's range queries do not scan whole collections.
 */
package vn.pcmt.embedded.store;
