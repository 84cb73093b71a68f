package vn.pcmt.platform.privacy;

import java.util.Map;

import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

/**
 * What a service seals and how: the event payloads ({@link PersonalDataSerializer}) and the read models' collections
 * ({@link SealedDocuments}) that name persons. A service that keeps personal data declares this bean, and the platform
 * seals them with the keys of {@link PersonalDataKeys} (its master key in {@code pcmt.privacy.master-key-file}).
 *
 * @param byPayload    by event payload class
 * @param byCollection by read-model collection, with the fields as stored (a record's id is {@code _id})
 */
public record PersonalDataSealings(Map<Class<?>, Sealing> byPayload, Map<String, Sealing> byCollection) {

    public PersonalDataSealings {
        byPayload = Map.copyOf(byPayload);
        byCollection = Map.copyOf(byCollection);
    }
}
