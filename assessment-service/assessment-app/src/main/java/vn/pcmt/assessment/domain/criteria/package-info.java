/**
 * The legal criteria as versioned code, each set with its legal source: QĐ 28/2025/QĐ-TTg Art. 4 (commune key-area
 * types), Art. 5 (province key area), Art. 6 (drug-free area) and the ten criteria of the local scheme (seed 002).
 * A set appraises {@link vn.pcmt.assessment.domain.criteria.AreaFacts} and lists every criterion with its Vietnamese
 * text, pass or fail, the facts it used and why; it is a pure function, so running it again gives the same answer.
 */
package vn.pcmt.assessment.domain.criteria;
