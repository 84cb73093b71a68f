/** One document per case: its stages, persons (names included: read only by officers), arrests and seizures; updated in the command's thread. */
package vn.pcmt.cases.query.drugcase;
