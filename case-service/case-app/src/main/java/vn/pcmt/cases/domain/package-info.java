/** The write side of case-service: aggregates and the legal rules they decide with; imports no web, query or api. */
package vn.pcmt.cases.domain;
