/** The registry's HTTP API (API.md, "Subjects"). */
package vn.pcmt.registry.web;
