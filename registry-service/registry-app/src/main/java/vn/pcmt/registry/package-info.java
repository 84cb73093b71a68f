/** Owns the subjects: persons under management, why, and everything that changes their status. */
package vn.pcmt.registry;
