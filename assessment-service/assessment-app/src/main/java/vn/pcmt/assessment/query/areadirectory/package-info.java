/**
 * The area directory read model, updated in the command's thread (subscribing) so a parent registered by one request
 * is known to the next.
 */
package vn.pcmt.assessment.query.areadirectory;
