/** The reporting HTTP API (API.md, "Reports"). */
package vn.pcmt.reporting.web;
