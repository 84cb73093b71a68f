/** Case-service's HTTP API (API.md, "Cases"). */
package vn.pcmt.cases.web;
