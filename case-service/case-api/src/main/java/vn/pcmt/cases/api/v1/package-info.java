/** The case service's published language, version 1. */
package vn.pcmt.cases.api.v1;
