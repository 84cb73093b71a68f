/** Wiring: the topics this service owns and reads. */
package vn.pcmt.registry.config;
