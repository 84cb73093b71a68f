/** The personal data keys of erased persons, destroyed from the stored erasures: none outlives its erasure. */
package vn.pcmt.cases.query.personaldatakeys;
