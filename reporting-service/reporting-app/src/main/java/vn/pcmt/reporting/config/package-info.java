/** Wiring: the topics this service reads. */
package vn.pcmt.reporting.config;
