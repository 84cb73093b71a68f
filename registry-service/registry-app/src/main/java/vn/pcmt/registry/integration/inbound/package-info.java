/** Other services' events the registry keeps: the area directory. Each applied once per event id. */
package vn.pcmt.registry.integration.inbound;
