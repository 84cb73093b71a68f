/** Owns tips, drug cases and violations, hotspots, gangs, wanted persons and compulsory-rehab dossiers. */
package vn.pcmt.cases;
