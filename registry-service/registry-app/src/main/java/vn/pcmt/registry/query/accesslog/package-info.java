/** Who read which subjects' records, when and from where: appended on every read, never changed. */
package vn.pcmt.registry.query.accesslog;
