/**
 * Axon on MongoDB as every service runs it: event store, tokens, sagas, Jackson everywhere, no transactions, and the
 * actor and effective date carried from each command onto the events it causes.
 */
package vn.pcmt.platform.axon;
