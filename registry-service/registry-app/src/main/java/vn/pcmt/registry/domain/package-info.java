/** The write side: subjects as event-sourced aggregates. Imports nothing from the web, query or integration layers. */
package vn.pcmt.registry.domain;
