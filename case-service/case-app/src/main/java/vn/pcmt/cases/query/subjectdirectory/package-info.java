/**
 * Case-service's replica of the registry's subjects (id and residence only), kept from {@code pcmt.registry.v1}: the
 * cases, dossiers, gangs and incidents that name a subject check it against this copy.
 */
package vn.pcmt.cases.query.subjectdirectory;
