/**
 * The access audit (issue 7, DESIGN.md "Security and privacy"): who read which persons' records, when and from where,
 * appended before the answer leaves and chained by hashes so that an entry changed or removed in the store is found.
 */
package vn.pcmt.platform.audit;
