/** Selected key communes and their transformation: one document per transformation. */
package vn.pcmt.assessment.query.transformation;
