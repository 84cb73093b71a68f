/**
 * One document per subject with what officers filter lists by (residence, category, treatment, flags, due dates),
 * refolded from the subject's events on each change; also the registry-wide indexes used at registration.
 */
package vn.pcmt.registry.query.subjectlist;
