package vn.pcmt.cases.config;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.pcmt.cases.domain.event.CaseOpened;
import vn.pcmt.cases.domain.event.CasePersonAdded;
import vn.pcmt.cases.domain.event.GangIdentified;
import vn.pcmt.cases.domain.event.GangMemberAdded;
import vn.pcmt.cases.domain.event.TipReceived;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.PersonalDataSealings;
import vn.pcmt.platform.privacy.PersonalDataSerializer.Sealing;

/**
 * The persons case-service itself names — case persons and gang members who are not registry subjects, wanted
 * persons, tipsters — are sealed in its event store and its read models with a key per person (ADR 7), as the
 * registry's subjects are; the master key is {@code pcmt.privacy.master-key-file}, outside the database. Erasure at the
 * end of a record's retention destroys the keys of the persons it names.
 */
@Configuration
class PersonalDataConfiguration {

    @Bean
    PersonalDataSealings personalDataSealings() {
        Map<String, String> identity = erased("fullName", "nationalId");
        Map<String, String> name = erased("fullName");
        Map<String, String> tipster = erased("fullName", "phone", "address");
        return new PersonalDataSealings(Map.of(
                CaseOpened.class, new Sealing("persons", "personId", identity),
                CasePersonAdded.class, new Sealing("person", "personId", identity),
                GangIdentified.class, new Sealing("members", "memberId", name),
                GangMemberAdded.class, new Sealing("member", "memberId", name),
                TipReceived.class, new Sealing("tipster", "tipId", tipster),
                WantedPersonRegistered.class, new Sealing("wantedId", name)),
                // the read models' copies, keyed alike (a document's own id is its _id)
                Map.of("drug_case", new Sealing("persons", "personId", identity),
                        "gang", new Sealing("members", "memberId", name),
                        "tip", new Sealing("tipster", "_id", tipster),
                        "wanted_person", new Sealing("_id", name)));
    }

    /** The name reads as erased, the other fields as none. */
    private static Map<String, String> erased(String name, String... others) {
        Map<String, String> erased = new HashMap<>();
        erased.put(name, PersonalDataKeys.ERASED_NAME);
        for (String other : others) {
            erased.put(other, null);
        }
        return erased;
    }
}
