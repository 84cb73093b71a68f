/** Every topic the statistics are built from; each event applied once per consumer. */
package vn.pcmt.reporting.integration.inbound;
