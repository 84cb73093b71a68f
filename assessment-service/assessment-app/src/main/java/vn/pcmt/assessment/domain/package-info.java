/** The write side: areas as event-sourced aggregates. Imports nothing from the web, query or integration layers. */
package vn.pcmt.assessment.domain;
