/** One document per cultivation incident, for a commune's list and its totals of plants and m² destroyed. */
package vn.pcmt.cases.query.cultivation;
