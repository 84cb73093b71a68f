/** The assessment service's HTTP API (API.md, "Areas"). */
package vn.pcmt.assessment.web;
