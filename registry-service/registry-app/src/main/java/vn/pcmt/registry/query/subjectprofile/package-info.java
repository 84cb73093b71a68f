/** One document per subject with its current profile; updated in the command's thread so duplicates are caught at once. */
package vn.pcmt.registry.query.subjectprofile;
