/** The registry's published language, version 1. No names or identity numbers: consumers get ids and facts only. */
package vn.pcmt.registry.api.v1;
