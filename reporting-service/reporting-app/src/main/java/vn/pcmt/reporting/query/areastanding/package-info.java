/**
 * Areas' standing (drug-free recognitions, key-area types, households and prevention models, plans' targets) read from
 * the event log for an area and everything under it.
 */
package vn.pcmt.reporting.query.areastanding;
