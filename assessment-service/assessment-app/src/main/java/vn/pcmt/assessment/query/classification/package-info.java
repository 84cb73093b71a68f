/** One document per commune and year: its Art. 4 type and the province's approval. */
package vn.pcmt.assessment.query.classification;
