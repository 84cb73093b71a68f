/** One document per serious incident; updated in the command's thread. */
package vn.pcmt.cases.query.incident;
