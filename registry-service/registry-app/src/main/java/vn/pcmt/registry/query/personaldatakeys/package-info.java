/** The personal data keys of erased subjects, destroyed from the stored erasures: none outlives its erasure. */
package vn.pcmt.registry.query.personaldatakeys;
