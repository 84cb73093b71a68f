package vn.pcmt.registry.config;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.PersonalDataSealings;
import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;
import vn.pcmt.registry.domain.event.SubjectDetailsCorrected;
import vn.pcmt.registry.domain.event.SubjectRegistered;
import vn.pcmt.registry.query.subjectlist.SubjectListDocument;

/**
 * Names and citizen identity numbers are sealed in the event store, and names in the list read model, with a key per
 * subject (DESIGN.md, "Security and privacy"); the master key that wraps those keys lives in {@code pcmt.privacy.master-key-file}, outside the database.
 */
@Configuration
class PersonalDataConfiguration {

    @Bean
    PersonalDataSealings personalDataSealings() {
        Map<String, String> erased = new HashMap<>();
        erased.put("fullName", PersonalDataKeys.ERASED_NAME);
        erased.put("nationalId", null);
        Sealing identity = new Sealing("subjectId", erased);
        return new PersonalDataSealings(Map.of(SubjectRegistered.class, identity, SubjectDetailsCorrected.class, identity),
                Map.of(SubjectListDocument.COLLECTION, new Sealing("_id", erased)));
    }
}
