/** One document per hotspot with its kind, village and current stage; updated in the command's thread. */
package vn.pcmt.cases.query.hotspot;
