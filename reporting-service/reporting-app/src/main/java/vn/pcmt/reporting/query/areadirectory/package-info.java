/** The reporting copy of the area directory: names and the tree that figures roll up along. */
package vn.pcmt.reporting.query.areadirectory;
