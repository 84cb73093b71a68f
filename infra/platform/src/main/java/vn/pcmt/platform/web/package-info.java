/** The HTTP conventions of API.md every service follows: problem responses, request ids, versions as ETags. */
package vn.pcmt.platform.web;
