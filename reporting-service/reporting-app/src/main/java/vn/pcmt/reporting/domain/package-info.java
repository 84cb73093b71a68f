/** What reporting computes, in its own words: nothing here knows the topics, the store or the web. */
package vn.pcmt.reporting.domain;
