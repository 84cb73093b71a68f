/** One document per compulsory-rehab dossier with its stage, deadlines and breaches; updated in the command's thread. */
package vn.pcmt.cases.query.rehabdossier;
