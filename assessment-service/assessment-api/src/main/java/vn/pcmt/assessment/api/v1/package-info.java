/** The assessment service's published language, version 1: what other services may rely on. */
package vn.pcmt.assessment.api.v1;
