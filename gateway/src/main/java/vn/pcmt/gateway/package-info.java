/** The single entry point: routing to the services, request ids, timeouts, safe retries, circuit breakers, API docs. */
package vn.pcmt.gateway;
