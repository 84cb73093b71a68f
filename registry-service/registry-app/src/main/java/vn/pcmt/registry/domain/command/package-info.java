/** What officers ask of subjects: imperative records, validated by the aggregate before anything is stored. */
package vn.pcmt.registry.domain.command;
