/**
 * Why a request was refused, in words an officer reads (Vietnamese) and a code a client program reads; the web layer
 * turns these into RFC 9457 problem responses. Plain Java, so aggregates may throw them.
 */
package vn.pcmt.platform.problem;
