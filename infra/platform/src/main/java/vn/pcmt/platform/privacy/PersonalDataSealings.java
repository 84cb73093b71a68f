package vn.pcmt.platform.privacy;

import java.util.Map;

import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

/**
 * The event payloads a service seals ({@link PersonalDataSerializer}) and how: a service that keeps personal data
 * declares this bean, and the platform's event serializer seals them with the keys of {@link PersonalDataKeys} (its
 * master key in {@code pcmt.privacy.master-key-file}).
 */
public record PersonalDataSealings(Map<Class<?>, Sealing> byPayload) {

    public PersonalDataSealings {
        byPayload = Map.copyOf(byPayload);
    }
}
