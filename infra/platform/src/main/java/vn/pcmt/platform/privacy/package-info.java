/**
 * Personal data at rest (issue 7, DESIGN.md "Security and privacy"): names and citizen identity numbers are stored in
 * the event store encrypted with a key of their own person, so that destroying that key at the end of retention leaves
 * the events and statistics replayable and the person's identity unreadable (crypto-shredding).
 */
package vn.pcmt.platform.privacy;
