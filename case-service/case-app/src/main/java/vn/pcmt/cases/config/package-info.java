/** Wiring: the topic this service owns. */
package vn.pcmt.cases.config;
