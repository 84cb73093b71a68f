package vn.pcmt.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.assessment.api.v1.AreaLevel;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.ArrestMade;
import vn.pcmt.cases.api.v1.CaseOpened;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.CultivationIncidentRecorded;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.cases.api.v1.HotspotStageChanged;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.security.TestTokens;
import vn.pcmt.reporting.query.eventlog.Pseudonyms;
import vn.pcmt.reporting.query.subjectresidence.CommuneCounts;
import vn.pcmt.reporting.query.subjectresidence.CommuneCountsDocument;
import vn.pcmt.reporting.query.subjectresidence.ProjectionVersions;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.DrugTestRecorded;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.FlagCleared;
import vn.pcmt.registry.api.v1.FlagRaised;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;
import vn.pcmt.registry.api.v1.TreatmentEnded;
import vn.pcmt.registry.api.v1.TreatmentStarted;

/** Statistics from the topics, on the embedded broker and store, under redelivery. */
@ExtendWith(InfrastructureExtension.class)
@DirtiesContext // closed while the broker and the store still run: its consumers stop cleanly, not at JVM exit
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingServiceIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    CommuneCounts communeCounts;
    @Autowired
    ProjectionVersions versions;
    @Autowired
    MongoTemplate mongo;

    @Test
    void givenSubjectsInTwoVillages_whenOneEventRedelivered_thenCountedOncePerVillageCommuneAndProvince() throws Exception {
        area("35", "Ninh Bình", AreaLevel.PROVINCE, null);
        area("14000", "Xã Một", AreaLevel.COMMUNE, "35");
        area("14000-01", "Thôn Đông", AreaLevel.VILLAGE, "14000");
        area("14000-02", "Thôn Tây", AreaLevel.VILLAGE, "14000");
        subject("e-1", "s-1", "14000-01", Category.ADDICT);
        subject("e-2", "s-2", "14000-01", Category.SUSPECTED);
        subject("e-3", "s-3", "14000-02", Category.ADDICT);
        subject("e-3", "s-3", "14000-02", Category.ADDICT);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(summary("35").get("subjects").get("total").asLong()).isEqualTo(3));
        JsonNode province = summary("35");
        assertThat(province.get("subjects").get("byCategory").get("ADDICT").asLong()).isEqualTo(2);
        assertThat(province.get("children").get(0).get("areaCode").asText()).isEqualTo("14000");
        assertThat(province.get("children").get(0).get("subjects").get("total").asLong()).isEqualTo(3);

        JsonNode commune = summary("14000");
        assertThat(commune.get("children").get(0).get("subjects").get("total").asLong()).isEqualTo(2);
        assertThat(commune.get("children").get(1).get("subjects").get("total").asLong()).isEqualTo(1);
        assertThat(summary("14000-02").get("subjects").get("byCategory").get("ADDICT").asLong()).isEqualTo(1);
    }

    @Test
    void givenSubjectMovedChangedAndRemoved_whenRedelivered_thenCountedOnceWhereTheyLiveNow() throws Exception {
        area("36", "Hải Phòng", AreaLevel.PROVINCE, null);
        area("15000", "Xã Hai", AreaLevel.COMMUNE, "36");
        area("15000-01", "Thôn Bắc", AreaLevel.VILLAGE, "15000");
        area("16000", "Xã Ba", AreaLevel.COMMUNE, "36");
        area("16000-01", "Thôn Nam", AreaLevel.VILLAGE, "16000");
        publish(RegistryTopics.EVENTS, registryEvent("m-1", "s-10", 0, "15000", SubjectRegistered.TYPE,
                new SubjectRegistered("s-10", Category.SUSPECTED, Sex.MALE, 1991, new Residence("15000", "15000-01"),
                        "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1))));
        publish(RegistryTopics.EVENTS, registryEvent("r-1", "s-11", 0, "15000", SubjectRegistered.TYPE,
                new SubjectRegistered("s-11", Category.ADDICT, Sex.MALE, 1985, new Residence("15000", "15000-01"),
                        "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1))));
        IntegrationEvent changed = registryEvent("m-2", "s-10", 1, "15000", CategoryChanged.TYPE,
                new CategoryChanged("s-10", Category.SUSPECTED, Category.ILLEGAL_USER, LocalDate.of(2026, 3, 5), "POSITIVE_TEST"));
        IntegrationEvent moved = registryEvent("m-3", "s-10", 2, "16000", SubjectMoved.TYPE,
                new SubjectMoved("s-10", new Residence("15000", "15000-01"), new Residence("16000", "16000-01"),
                        LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 1), false));
        publish(RegistryTopics.EVENTS, changed);
        publish(RegistryTopics.EVENTS, moved);
        publish(RegistryTopics.EVENTS, registryEvent("r-2", "s-11", 1, "15000", SubjectRemoved.TYPE,
                new SubjectRemoved("s-11", "DEATH", LocalDate.of(2026, 9, 1))));
        publish(RegistryTopics.EVENTS, moved);
        publish(RegistryTopics.EVENTS, changed);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(summary("16000").get("subjects").get("total").asLong()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(summary("15000").get("subjects").get("total").asLong()).isZero());
        assertThat(summary("16000").get("subjects").get("byCategory").get("ILLEGAL_USER").asLong()).isEqualTo(1);
        assertThat(summary("36").get("subjects").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void givenAnOlderEventPublishedAgainAfterLaterOnes_whenApplied_thenTheSubjectStaysWhereTheLatestPutThem() throws Exception {
        area("48", "Hà Nam", AreaLevel.PROVINCE, null);
        area("23000", "Xã Hai Ba", AreaLevel.COMMUNE, "48");
        area("23001", "Xã Hai Ba Một", AreaLevel.COMMUNE, "48");
        publish(RegistryTopics.EVENTS, registryEvent("o-1", "s-50", 0, "23000", SubjectRegistered.TYPE,
                new SubjectRegistered("s-50", Category.SUSPECTED, Sex.MALE, 1990, new Residence("23000", null), "DOOR_TO_DOOR_REVIEW",
                        LocalDate.of(2026, 3, 1))));
        SubjectMoved away = new SubjectMoved("s-50", new Residence("23000", null), new Residence("23001", null), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 1), false);
        publish(RegistryTopics.EVENTS, registryEvent("o-2", "s-50", 1, "23001", SubjectMoved.TYPE, away));
        publish(RegistryTopics.EVENTS, registryEvent("o-3", "s-50", 2, "23000", SubjectMoved.TYPE, new SubjectMoved("s-50",
                new Residence("23001", null), new Residence("23000", null), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), false)));
        // the first move again, under a new id (a publisher replaying its outbox), then a later change behind it
        publish(RegistryTopics.EVENTS, registryEvent("o-2-again", "s-50", 1, "23001", SubjectMoved.TYPE, away));
        publish(RegistryTopics.EVENTS, registryEvent("o-4", "s-50", 3, "23000", CategoryChanged.TYPE,
                new CategoryChanged("s-50", Category.SUSPECTED, Category.ILLEGAL_USER, LocalDate.of(2026, 6, 1), "POSITIVE_TEST")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(summary("23000").at("/subjects/byCategory/ILLEGAL_USER").asLong()).isEqualTo(1));
        assertThat(summary("23001").at("/subjects/total").asLong()).isZero();
        assertThat(summary("48").at("/subjects/total").asLong()).isEqualTo(1);

        // a subject kept before residences had versions: any event of theirs is newer
        mongo.getCollection(ProjectionVersions.collection(versions.current().active())).insertOne(new org.bson.Document("_id", "s-51")
                .append("communeCode", "23001").append("category", "ADDICT").append("removed", false));
        publish(RegistryTopics.EVENTS, registryEvent("o-5", "s-51", 4, "23000", SubjectMoved.TYPE, new SubjectMoved("s-51",
                new Residence("23001", null), new Residence("23000", null), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), false)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(summary("23000").at("/subjects/byCategory/ADDICT").asLong()).isEqualTo(1));
    }

    @Test
    void givenTwoCountsOfACommune_whenTheEarlierIsWrittenLast_thenTheLaterStaysAndEveryCommuneMatchesItsResidences() throws Exception {
        area("47", "Bắc Ninh", AreaLevel.PROVINCE, null);
        area("22000", "Xã Hai Hai", AreaLevel.COMMUNE, "47");
        area("22000-01", "Thôn Một", AreaLevel.VILLAGE, "22000");
        publish(RegistryTopics.EVENTS, registryEvent("t-1", "s-40", 0, "22000", SubjectRegistered.TYPE,
                new SubjectRegistered("s-40", Category.ADDICT, Sex.MALE, 1990, new Residence("22000", "22000-01"),
                        "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("22000").at("/subjects/total").asLong()).isEqualTo(1));
        int version = versions.current().active();
        long earlier = communeCounts.nextTicket();
        List<CommuneCountsDocument> stale = communeCounts.count(version, Criteria.where("communeCode").is("none-yet"), List.of("22000"));

        communeCounts.recount(version, List.of("22000")); // a later count, written first
        communeCounts.write(version, earlier, stale); // the earlier one (no subjects) arrives last

        assertThat(summary("22000").at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(summary("22000-01").at("/subjects/byCategory/ADDICT").asLong()).isEqualTo(1);
        // what the consumers kept, poll by poll, is what counting every commune again finds
        List<CommuneCountsDocument> kept = mongo.findAll(CommuneCountsDocument.class, ProjectionVersions.countsCollection(version));
        List<CommuneCountsDocument> counted = communeCounts.count(version, Criteria.where("removed").ne(true),
                kept.stream().map(CommuneCountsDocument::communeCode).toList());
        assertThat(kept).isNotEmpty();
        assertThat(rowsByCommune(kept)).isEqualTo(rowsByCommune(counted));
    }

    private static Map<String, List<Set<?>>> rowsByCommune(List<CommuneCountsDocument> counts) {
        return counts.stream().collect(Collectors.toMap(CommuneCountsDocument::communeCode,
                commune -> List.of(Set.copyOf(commune.rows()), Set.copyOf(commune.treatments()), Set.copyOf(commune.flags()))));
    }

    @Test
    void givenACommuneMergedAway_whenSummary_thenItsPeopleStillCountedInTheProvinceAndUnderTheirVillageNowElsewhere() throws Exception {
        area("46", "Tỉnh Bốn Sáu", AreaLevel.PROVINCE, null);
        area("21000", "Xã Cũ", AreaLevel.COMMUNE, "46");
        area("21001", "Xã Mới", AreaLevel.COMMUNE, "46");
        area("21000-01", "Thôn Giữ Tên", AreaLevel.VILLAGE, "21000");
        publish(RegistryTopics.EVENTS, registryEvent("mg-1", "s-46", 0, "21000", SubjectRegistered.TYPE, new SubjectRegistered("s-46",
                Category.ADDICT, Sex.MALE, 1990, new Residence("21000", "21000-01"), "DRUG_TEST", LocalDate.of(2026, 3, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("46").at("/subjects/total").asLong()).isEqualTo(1));

        // the old commune merged into the new one: its village moves, it closes; the registry has not moved the person yet
        publish(AssessmentTopics.EVENTS, new IntegrationEvent("mg-2", AreaChanged.TYPE, 1, "21000-01", 1, LocalDate.of(2026, 7, 1),
                Instant.now(), Actor.system("test"), "21000-01", mapper.valueToTree(new AreaChanged("21000-01", "MOVED", null, "21001",
                List.of(), List.of(), LocalDate.of(2026, 7, 1)))));
        publish(AssessmentTopics.EVENTS, new IntegrationEvent("mg-3", AreaChanged.TYPE, 1, "21000", 1, LocalDate.of(2026, 7, 1),
                Instant.now(), Actor.system("test"), "21000", mapper.valueToTree(new AreaChanged("21000", "CLOSED", null, null, List.of(),
                List.of("21001"), LocalDate.of(2026, 7, 1)))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("46").get("children")).hasSize(1));

        JsonNode province = summary("46");
        assertThat(province.at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(province.at("/children/0/areaCode").asText()).isEqualTo("21001");
        JsonNode commune = summary("21001");
        assertThat(commune.at("/subjects/total").asLong()).isEqualTo(1); // through its village
        assertThat(commune.at("/children/0/areaCode").asText()).isEqualTo("21000-01");
        assertThat(commune.at("/children/0/subjects/total").asLong()).isEqualTo(1);
        assertThat(summary("21000-01").at("/subjects/total").asLong()).isEqualTo(1);

        // a past day is broken down as the directory stood then: the village under the old commune before the merger,
        // under the new one from its day, with the person (still recorded under the old commune) where their village was
        JsonNode oldBefore = asOf("21000", "asOf=2026-06-30");
        assertThat(oldBefore.at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(oldBefore.at("/children/0/areaCode").asText()).isEqualTo("21000-01");
        assertThat(oldBefore.at("/children/0/subjects/total").asLong()).isEqualTo(1);
        JsonNode newBefore = asOf("21001", "asOf=2026-06-30");
        assertThat(newBefore.at("/subjects/total").asLong()).isZero();
        assertThat(newBefore.get("children")).isEmpty();
        JsonNode newAfter = asOf("21001", "asOf=2026-07-01");
        assertThat(newAfter.at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(newAfter.at("/children/0/areaCode").asText()).isEqualTo("21000-01");
        assertThat(newAfter.at("/children/0/subjects/total").asLong()).isEqualTo(1);
        assertThat(asOf("21000", "asOf=2026-07-01").at("/subjects/total").asLong()).isZero(); // closed: its village and people gone
        JsonNode provinceBefore = asOf("46", "asOf=2026-06-30");
        assertThat(provinceBefore.at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(provinceBefore.get("children")).extracting(child -> child.get("areaCode").asText() + "=" + child.at("/subjects/total").asLong())
                .containsExactly("21000=1", "21001=0");
        JsonNode provinceAfter = asOf("46", "asOf=2026-07-01");
        assertThat(provinceAfter.at("/subjects/total").asLong()).isEqualTo(1); // counted once
        assertThat(provinceAfter.get("children")).extracting(child -> child.get("areaCode").asText() + "=" + child.at("/subjects/total").asLong())
                .containsExactly("21001=1");
    }


    @Test
    void givenTreatmentsAndFlags_whenStartedEndedRaisedClearedAndRestated_thenTheSummaryCountsThemWhereTheSubjectLives() throws Exception {
        area("39", "Tỉnh Ba Chín", AreaLevel.PROVINCE, null);
        area("19500", "Xã Mười Chín Năm", AreaLevel.COMMUNE, "39");
        area("19500-01", "Thôn Một", AreaLevel.VILLAGE, "19500");
        Residence home = new Residence("19500", "19500-01");
        publish(RegistryTopics.EVENTS, registryEvent("tf-1", "s-39a", 0, "19500", SubjectRegistered.TYPE,
                new SubjectRegistered("s-39a", Category.ADDICT, Sex.MALE, 1985, home, "DRUG_TEST", LocalDate.of(2026, 3, 1))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-2", "s-39a", 1, "19500", TreatmentStarted.TYPE,
                new TreatmentStarted("s-39a", "t-1", "SUBSTITUTION", LocalDate.of(2026, 3, 5))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-3", "s-39a", 2, "19500", FlagRaised.TYPE,
                new FlagRaised("s-39a", "PSYCHOSIS_SIGNS", LocalDate.of(2026, 3, 6))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-3b", "s-39a", 3, "19500", TreatmentStarted.TYPE, // a second of the same kind
                new TreatmentStarted("s-39a", "t-3", "SUBSTITUTION", LocalDate.of(2026, 3, 7))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-4", "s-39b", 0, "19500", SubjectRegistered.TYPE,
                new SubjectRegistered("s-39b", Category.ILLEGAL_USER, Sex.FEMALE, 1995, home, "DRUG_TEST", LocalDate.of(2026, 3, 1))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-5", "s-39b", 1, "19500", TreatmentStarted.TYPE,
                new TreatmentStarted("s-39b", "t-2", "VOLUNTARY_HOME", LocalDate.of(2026, 3, 5))));
        publish(RegistryTopics.EVENTS, registryEvent("tf-6", "s-39b", 2, "19500", TreatmentEnded.TYPE,
                new TreatmentEnded("s-39b", "t-2", "VOLUNTARY_HOME", LocalDate.of(2026, 4, 5), "COMPLETED")));
        publish(RegistryTopics.EVENTS, registryEvent("tf-5", "s-39b", 1, "19500", TreatmentStarted.TYPE, // delivered again
                new TreatmentStarted("s-39b", "t-2", "VOLUNTARY_HOME", LocalDate.of(2026, 3, 5))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> { // the subjects' events are on their own partitions
            assertThat(summary("39").at("/subjects/total").asLong()).isEqualTo(2);
            for (JsonNode counted : List.of(summary("39").get("subjects"), summary("19500").get("subjects"),
                    summary("19500").at("/children/0/subjects"), summary("39").at("/children/0/subjects"))) {
                // one person in substitution however many such treatments; the ended one not, even delivered again
                assertThat(counted.get("byTreatment").toString()).isEqualTo("{\"SUBSTITUTION\":1}");
                assertThat(counted.get("byFlag").toString()).isEqualTo("{\"PSYCHOSIS_SIGNS\":1}");
            }
        });

        publish(RegistryTopics.EVENTS, registryEvent("tf-7", "s-39a", 4, "19500", FlagCleared.TYPE,
                new FlagCleared("s-39a", "PSYCHOSIS_SIGNS", LocalDate.of(2026, 5, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("19500").at("/subjects/byFlag").isEmpty()).isTrue());
        // a retraction restates what is under way and raised
        publish(RegistryTopics.EVENTS, registryEvent("tf-8", "s-39a", 5, "19500", EntryRetracted.TYPE,
                new EntryRetracted("s-39a", List.of(1L), LocalDate.of(2026, 5, 2), Category.ADDICT, home, true, List.of(),
                        List.of("NO_STABLE_RESIDENCE"))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode commune = summary("19500").get("subjects");
            assertThat(commune.get("byTreatment").isEmpty()).isTrue();
            assertThat(commune.get("byFlag").toString()).isEqualTo("{\"NO_STABLE_RESIDENCE\":1}");
        });
        assertThat(summary("19500").at("/subjects/total").asLong()).isEqualTo(2);
    }

    @Test
    void givenRemovalRetracted_whenRestated_thenCountedAgainWhereTheRestatementSays() throws Exception {
        area("37", "Nghệ An", AreaLevel.PROVINCE, null);
        area("17000", "Xã Bốn", AreaLevel.COMMUNE, "37");
        area("17000-01", "Xóm 1", AreaLevel.VILLAGE, "17000");
        publish(RegistryTopics.EVENTS, registryEvent("x-1", "s-20", 0, "17000", SubjectRegistered.TYPE,
                new SubjectRegistered("s-20", Category.ILLEGAL_USER, Sex.FEMALE, 1996, new Residence("17000", "17000-01"),
                        "DRUG_TEST", LocalDate.of(2026, 3, 1))));
        publish(RegistryTopics.EVENTS, registryEvent("x-2", "s-20", 1, "17000", SubjectRemoved.TYPE,
                new SubjectRemoved("s-20", "DEATH", LocalDate.of(2026, 9, 1))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("17000").get("subjects").get("total").asLong()).isZero());

        publish(RegistryTopics.EVENTS, registryEvent("x-3", "s-20", 2, "17000", EntryRetracted.TYPE,
                new EntryRetracted("s-20", List.of(1L), LocalDate.of(2026, 9, 2), Category.ILLEGAL_USER,
                        new Residence("17000", "17000-01"), true, null, null))); // published before it named treatments and flags

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("17000").get("subjects").get("total").asLong()).isEqualTo(1));
        assertThat(summary("17000").get("subjects").get("byCategory").get("ILLEGAL_USER").asLong()).isEqualTo(1);
    }

    @Test
    void givenCallersOfOtherAreasAndRoles_whenSummary_thenTheirAreasOnlyAndAnalystsEverywhere() throws Exception {
        area("38", "Tỉnh Ba Tám", AreaLevel.PROVINCE, null);
        area("18000", "Xã Một Tám", AreaLevel.COMMUNE, "38");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(summary("18000").get("areaCode").asText()).isEqualTo("18000"));

        assertThat(summaryAs(TestTokens.issue("ca-xa-18000", "COMMUNE_OFFICER", List.of("18000")), "18000").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(summaryAs(TestTokens.issue("bcd-tinh-38", "STEERING_MEMBER", List.of("38")), "18000").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(summaryAs(TestTokens.issue("phan-tich", "ANALYST", List.of()), "38").getStatusCode()).isEqualTo(HttpStatus.OK);
        var otherProvince = summaryAs(TestTokens.issue("ca-tinh-39", "PROVINCE_OFFICER", List.of("39")), "18000");
        assertThat(otherProvince.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(mapper.readTree(otherProvince.getBody()).get("code").asText()).isEqualTo("AREA_OUT_OF_SCOPE");
        var commune = summaryAs(TestTokens.issue("ca-xa-18000", "COMMUNE_OFFICER", List.of("18000")), "38");
        assertThat(commune.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN); // a commune does not read its province
        var auditor = summaryAs(TestTokens.issue("kiem-tra", "AUDITOR", List.of()), "18000");
        assertThat(mapper.readTree(auditor.getBody()).get("code").asText()).isEqualTo("ROLE_NOT_ALLOWED");
    }

    private ResponseEntity<String> summaryAs(String token, String areaCode) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/reports/summary?areaCode=" + areaCode, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void givenEventsRedelivered_whenAnAnalystExports_thenEachOncePseudonymisedAndOnlyForAnalysts() throws Exception {
        subject("export-e-1", "export-s-1", "14000-01", Category.ADDICT);
        subject("export-e-1", "export-s-1", "14000-01", Category.ADDICT);
        String analyst = TestTokens.issue("phan-tich", "ANALYST", List.of());
        String pseudonym = pseudonyms.of("export-s-1");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(exportAs(analyst, "from=2026-03-01&to=2026-03-01").getBody())
                .contains(pseudonym));
        ResponseEntity<String> lines = exportAs(analyst, "from=2026-03-01&to=2026-03-01");
        assertThat(lines.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        List<JsonNode> mine = lines.getBody().lines().map(this::json).filter(line -> pseudonym.equals(line.get("subject").asText())).toList();
        assertThat(mine).hasSize(1); // redelivered, kept once
        assertThat(mine.getFirst().at("/payload/subjectId").asText()).isEqualTo(pseudonym);
        assertThat(mine.getFirst().at("/payload/category").asText()).isEqualTo("ADDICT");
        assertThat(mine.getFirst().get("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(lines.getBody()).doesNotContain("export-s-1").doesNotContain("export-e-1").doesNotContain("\"actor\"");

        ResponseEntity<String> csv = exportAs(analyst, "from=2026-03-01&to=2026-03-01&format=csv");
        assertThat(csv.getBody()).startsWith("eventId,eventType,eventVersion,subject,").contains(pseudonym).doesNotContain("export-s-1");
        ResponseEntity<String> february = exportAs(analyst, "from=2026-02-01&to=2026-02-28");
        assertThat(february.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(String.valueOf(february.getBody())).doesNotContain(pseudonym); // empty: nothing took effect then

        var officer = exportAs(TestTokens.forTests(), "from=2026-03-01&to=2026-03-01");
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(officer.getBody()).get("code").asText()).isEqualTo("ANALYST_ONLY");
        var backwards = exportAs(analyst, "from=2026-03-02&to=2026-03-01");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(backwards.getBody()).at("/errors/0/field").asText()).isEqualTo("to");
    }

    private ResponseEntity<String> exportAs(String token, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/exports/events?" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void givenAMoveAndALaterCorrection_whenFiguresAskedAsOfDaysAndAsKnownAtMoments_thenEachSideRightAndTheReportReproducible()
            throws Exception {
        area("37", "Tỉnh Ba Bảy", AreaLevel.PROVINCE, null);
        area("37001", "Xã Đầu", AreaLevel.COMMUNE, "37");
        area("37002", "Xã Cuối", AreaLevel.COMMUNE, "37");
        Instant recorded = Instant.parse("2026-05-10T02:00:00Z");
        Instant corrected = Instant.parse("2026-06-10T02:00:00Z");
        publish(RegistryTopics.EVENTS, new IntegrationEvent("asof-1", SubjectRegistered.TYPE, 1, "s-37", 1, LocalDate.of(2026, 3, 1),
                recorded, Actor.system("test"), "37001", mapper.valueToTree(new SubjectRegistered("s-37", Category.ADDICT, Sex.FEMALE, 1990,
                        new Residence("37001", null), "DRUG_TEST", LocalDate.of(2026, 3, 1)))));
        publish(RegistryTopics.EVENTS, new IntegrationEvent("asof-2", SubjectMoved.TYPE, 1, "s-37", 2, LocalDate.of(2026, 5, 1),
                recorded, Actor.system("test"), "37002", mapper.valueToTree(new SubjectMoved("s-37", new Residence("37001", null),
                        new Residence("37002", null), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), false))));
        publish(RegistryTopics.EVENTS, new IntegrationEvent("asof-3", SubjectDetailsCorrected.TYPE, 1, "s-37", 3,
                LocalDate.of(2026, 6, 10), corrected, Actor.system("test"), "37002",
                mapper.valueToTree(new SubjectDetailsCorrected("s-37", Sex.MALE, 1996))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(asOf("37", "asOf=2026-06-30").at("/subjects/bySex/MALE").asLong()).isEqualTo(1));
        JsonNode beforeMove = asOf("37", "asOf=2026-04-30");
        JsonNode afterMove = asOf("37", "asOf=2026-05-01");
        assertThat(beforeMove.at("/subjects/total").asLong()).isEqualTo(1); // counted once in the province either side
        assertThat(afterMove.at("/subjects/total").asLong()).isEqualTo(1);
        assertThat(beforeMove.at("/children/0/subjects/total").asLong()).isEqualTo(1); // 37001
        assertThat(beforeMove.at("/children/1/subjects/total").asLong()).isZero();
        assertThat(afterMove.at("/children/0/subjects/total").asLong()).isZero();
        assertThat(afterMove.at("/children/1/subjects/byCategory/ADDICT").asLong()).isEqualTo(1); // 37002
        assertThat(asOf("37", "asOf=2026-02-28").at("/subjects/total").asLong()).isZero();
        // the summary of a past day is that day's, not today's (API.md: summary?asOf=)
        JsonNode summaryBeforeMove = summary("37&asOf=2026-04-30");
        assertThat(summaryBeforeMove.get("asOf").asText()).isEqualTo("2026-04-30");
        assertThat(summaryBeforeMove.at("/children/0/subjects/byCategory/ADDICT").asLong()).isEqualTo(1); // 37001 then
        assertThat(summaryBeforeMove.at("/children/1/subjects/total").asLong()).isZero();
        assertThat(summary("37").at("/children/1/subjects/total").asLong()).isEqualTo(1); // 37002 now
        ResponseEntity<String> futureSummary = http.getForEntity("/api/reports/summary?areaCode=37&asOf=2999-01-01", String.class);
        assertThat(futureSummary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(futureSummary.getBody()).at("/errors/0/field").asText()).isEqualTo("asOf");

        // the report sent before the correction, reproduced after it
        JsonNode asSent = asOf("37", "asOf=2026-05-31&knownAt=2026-06-01T00:00:00Z");
        assertThat(asSent.at("/subjects/bySex/FEMALE").asLong()).isEqualTo(1);
        assertThat(asSent.at("/subjects/byAgeBand/FROM_31_TO_45").asLong()).isEqualTo(1); // born 1990
        JsonNode corrected31 = asOf("37", "asOf=2026-05-31");
        assertThat(corrected31.at("/subjects/bySex/MALE").asLong()).isEqualTo(1);
        assertThat(corrected31.at("/subjects/byAgeBand/FROM_18_TO_30").asLong()).isEqualTo(1); // born 1996
        assertThat(asOf("37", "asOf=2026-05-31&knownAt=2026-05-01T00:00:00Z").at("/subjects/total").asLong()).isZero(); // nothing known yet
        assertThat(asOf("37002", "asOf=2026-05-31").at("/subjects/total").asLong()).isEqualTo(1);

        Instant now = Instant.now();
        publish(CaseTopics.EVENTS, new IntegrationEvent("case-37-1", HotspotIdentified.TYPE, 1, "h-37", 1, LocalDate.of(2026, 2, 1), now,
                Actor.system("test"), "37001", mapper.valueToTree(new HotspotIdentified("h-37", "USE_DEN", "37001", null,
                        LocalDate.of(2026, 2, 1), false, true))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("case-37-2", HotspotStageChanged.TYPE, 1, "h-37", 2, LocalDate.of(2026, 4, 1), now,
                Actor.system("test"), "37001", mapper.valueToTree(new HotspotStageChanged("h-37", "UNDER_ACTION", "ELIMINATED",
                        LocalDate.of(2026, 4, 1), false))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("case-37-3", CaseOpened.TYPE, 1, "c-37", 1, LocalDate.of(2026, 3, 15), now,
                Actor.system("test"), "37002", mapper.valueToTree(new CaseOpened("c-37", "CRIMINAL", "256a", "37002", null,
                        LocalDate.of(2026, 3, 15), List.of()))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("case-37-4", ArrestMade.TYPE, 1, "c-37", 2, LocalDate.of(2026, 3, 15), now,
                Actor.system("test"), "37002", mapper.valueToTree(new ArrestMade("c-37", "a-37", "p-37", "s-37", "256a", "37002", "37002",
                        null, "CAUGHT_IN_ACT", LocalDate.of(2026, 3, 15)))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> { // the hotspot's and the case's events are on different partitions
            JsonNode cases = mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=37&period=2026-H1", String.class)).at("/cases");
            assertThat(cases.get("arrests").asLong()).isEqualTo(1);
            assertThat(cases.get("hotspotsEliminated").asLong()).isEqualTo(1);
        });

        // the summary shows the fight of the Ministry's year up to its day, by commune
        JsonNode fight = asOfSummary("37", "2026-03-20");
        assertThat(fight.at("/fight/year").asText()).isEqualTo("2026");
        assertThat(fight.at("/fight/hotspotsActive").asLong()).isEqualTo(1); // eliminated only on 1/4
        assertThat(fight.at("/fight/casesOpened").asLong()).isEqualTo(1);
        assertThat(fight.at("/fight/article256aCases").asLong()).isEqualTo(1);
        assertThat(fight.at("/fight/arrests").asLong()).isEqualTo(1);
        assertThat(fight.get("children")).extracting(child -> child.get("areaCode").asText() + ":" + child.at("/fight/hotspotsActive").asLong()
                + "/" + child.at("/fight/arrests").asLong()).containsExactly("37001:1/0", "37002:0/1");
        assertThat(asOfSummary("37", "2026-04-01").at("/fight/hotspotsActive").asLong()).isZero();
        assertThat(asOfSummary("37", "2026-03-14").at("/fight/casesOpened").asLong()).isZero(); // opened the day after
        assertThat(summary("37").at("/fight/hotspotsActive").asLong()).isZero(); // today
        assertThat(summary("37001").at("/fight/hotspotsActive").asLong()).isZero();

        // the half-year as the Ministry counts it (15/12/2025–14/6/2026): nobody at its start, one at its end, found in 37001
        var half = http.getForEntity("/api/reports/periodic?areaCode=37&period=2026-H1", String.class);
        assertThat(half.getStatusCode()).as(half.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode periodic = mapper.readTree(half.getBody());
        assertThat(periodic.at("/period/from").asText()).isEqualTo("2025-12-15");
        assertThat(periodic.at("/asOf").asText()).isEqualTo("2026-06-14");
        assertThat(periodic.at("/atStart/total").asLong()).isZero();
        assertThat(periodic.at("/atEnd/total").asLong()).isEqualTo(1);
        assertThat(periodic.at("/flows/found").asLong()).isEqualTo(1);
        assertThat(periodic.at("/children/0/flows/found").asLong()).isEqualTo(1); // found in 37001
        assertThat(periodic.at("/children/1/atEnd/total").asLong()).isEqualTo(1); // lives in 37002 at the end
        assertThat(periodic.at("/children/1/flows/found").asLong()).isZero();
        assertThat(periodic.at("/cases/hotspotsIdentified").asLong()).isEqualTo(1);
        assertThat(periodic.at("/cases/hotspotsEliminated").asLong()).isEqualTo(1);
        assertThat(periodic.at("/cases/hotspotsActiveAtEnd").asLong()).isZero();
        assertThat(periodic.at("/cases/article256aCases").asLong()).isEqualTo(1);
        assertThat(periodic.at("/children/1/cases/arrests").asLong()).isEqualTo(1); // where the arrested person lives
        assertThat(periodic.at("/kpis/0/id").asText()).isEqualTo("TREATMENT_REACH");
        assertThat(periodic.at("/kpis/0/denominator").asLong()).isEqualTo(1); // the addict, never treated
        assertThat(periodic.at("/kpis/0/met").asBoolean()).isFalse();
        assertThat(periodic.at("/kpis/1/id").asText()).isEqualTo("HOTSPOTS_ELIMINATED");
        assertThat(periodic.at("/kpis/1/value").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(periodic.at("/kpis/2/met").isBoolean()).isFalse(); // no key commune selected: nothing to measure
        assertThat(periodic.at("/children/0/cases/arrests").asLong()).isZero();
        // drill-down: what each target's numerator and denominator count is a list of that size
        for (JsonNode kpi : periodic.get("kpis")) {
            for (String part : List.of("numerator", "denominator")) {
                JsonNode listed = json(http.getForObject("/api/reports/kpis/members?areaCode=37&period=2026-H1&kpi=" + kpi.get("id").asText()
                        + "&part=" + part + "&size=500", String.class));
                assertThat(listed.get("total").asLong()).as(kpi.get("id").asText() + " " + part).isEqualTo(kpi.get(part).asLong());
                assertThat(listed.get("items")).hasSize(listed.get("total").asInt());
            }
        }
        JsonNode treated = json(http.getForObject("/api/reports/kpis/members?areaCode=37&period=2026-H1&kpi=TREATMENT_REACH&part=denominator",
                String.class));
        assertThat(treated.at("/items/0/reference").asText()).isEqualTo("s-37");
        assertThat(treated.at("/items/0/href").asText()).isEqualTo("/api/subjects/s-37");
        JsonNode asAnalyst = json(http.exchange("/api/reports/kpis/members?areaCode=37&period=2026-H1&kpi=HOTSPOTS_ELIMINATED&part=numerator",
                HttpMethod.GET, new HttpEntity<>(bearer(TestTokens.issue("phan-tich", "ANALYST", List.of()))), String.class).getBody());
        assertThat(asAnalyst.at("/items/0/reference").asText()).startsWith("p").isNotEqualTo("h-37"); // a pseudonym
        assertThat(asAnalyst.at("/items/0").hasNonNull("href")).isFalse();
        for (String bad : List.of("kpi=NONSENSE&part=numerator", "kpi=TREATMENT_REACH&part=half")) {
            assertThat(http.getForEntity("/api/reports/kpis/members?areaCode=37&period=2026-H1&" + bad, String.class).getStatusCode())
                    .as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=37&period=2026-06-01..2026-06-30", String.class))
                .at("/flows/found").asLong()).isZero();
        HttpHeaders csvWanted = new HttpHeaders();
        csvWanted.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        var csv = http.exchange("/api/reports/periodic?areaCode=37&period=2026-H1", HttpMethod.GET, new HttpEntity<>(csvWanted), byte[].class);
        String csvText = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFareaCode,name,figure,atStart,atEnd,duringPeriod")
                .contains("37,\"Tỉnh Ba Bảy\",subjects.total,0,1,").contains("37002,\"Xã Cuối\",subjects.byCategory.ADDICT,0,1,")
                .contains("37001,\"Xã Đầu\",found,,,1");
        HttpHeaders xlsxWanted = new HttpHeaders();
        xlsxWanted.setAccept(List.of(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        var xlsx = http.exchange("/api/reports/periodic?areaCode=37&period=2026-H1", HttpMethod.GET, new HttpEntity<>(xlsxWanted), byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            String sheet = null;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            assertThat(sheet).contains("Xã Cuối").contains("subjects.byCategory.ADDICT").contains("kpi.TREATMENT_REACH.met");
        }
        // drill-down: the subject found behind the flow, where they lived that day, linked to the registry
        JsonNode found = json(http.exchange("/api/reports/flows/members?areaCode=37&period=2026-H1&figure=found", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("ca-tinh-37", "PROVINCE_OFFICER", List.of("37")))), String.class).getBody());
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.at("/items/0/subject").asText()).isEqualTo("s-37");
        assertThat(found.at("/items/0/href").asText()).isEqualTo("/api/subjects/s-37");
        assertThat(found.at("/items/0/communeCode").asText()).isEqualTo("37001");
        assertThat(mapper.readTree(http.getForObject("/api/reports/flows/members?areaCode=37002&period=2026-H1&figure=found", String.class))
                .get("total").asInt()).isZero(); // found in 37001, living in 37002 at the end
        ResponseEntity<String> flowAudit = http.exchange("/api/audit/statistics-reads?userId=ca-tinh-37", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("kiem-tra", "AUDITOR", List.of()))), String.class);
        assertThat(json(flowAudit.getBody())).singleElement().satisfies(entry -> assertThat(entry.toString()).contains("s-37"));
        var otherCommuneFlows = http.exchange("/api/reports/flows/members?areaCode=37001&period=2026-H1&figure=found", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("ca-xa-37002", "COMMUNE_OFFICER", List.of("37002")))), String.class);
        assertThat(otherCommuneFlows.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(otherCommuneFlows.getBody()).get("code").asText()).isEqualTo("AREA_OUT_OF_SCOPE");
        var unknownFlow = http.getForEntity("/api/reports/flows/members?areaCode=37&period=2026-H1&figure=lost", String.class);
        assertThat(mapper.readTree(unknownFlow.getBody()).get("code").asText()).isEqualTo("FIGURE_UNKNOWN");
        assertThat(http.getForEntity("/api/reports/flows/members?areaCode=37&period=2026-H1&figure=found&size=501", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // refused, so nobody was shown and nothing was recorded
        assertThat(json(http.exchange("/api/audit/statistics-reads?userId=ca-xa-37002", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("kiem-tra", "AUDITOR", List.of()))), String.class).getBody())).isEmpty();
        // drill-down: the hotspots, cases and arrests behind the counts, linked to case-service
        JsonNode eliminated = mapper.readTree(http.getForObject("/api/reports/cases/members?areaCode=37&period=2026-H1&figure=hotspots.eliminated",
                String.class));
        assertThat(eliminated.get("total").asInt()).isEqualTo(1);
        assertThat(eliminated.at("/items/0/reference").asText()).isEqualTo("h-37");
        assertThat(eliminated.at("/items/0/href").asText()).isEqualTo("/api/hotspots/h-37");
        JsonNode arrests = mapper.readTree(http.getForObject("/api/reports/cases/members?areaCode=37002&period=2026-H1&figure=arrests",
                String.class));
        assertThat(arrests.get("total").asInt()).isEqualTo(1);
        assertThat(arrests.at("/items/0/href").asText()).isEqualTo("/api/cases/c-37");
        assertThat(mapper.readTree(http.getForObject("/api/reports/cases/members?areaCode=37001&period=2026-H1&figure=arrests", String.class))
                .get("items")).isEmpty(); // the arrest counts where the person lives
        assertThat(mapper.readTree(http.getForObject("/api/reports/cases/members?areaCode=37&period=2026-H1&figure=cases.byArticle.249",
                String.class)).get("total").asInt()).isZero();
        JsonNode pseudonymised = json(http.exchange("/api/reports/cases/members?areaCode=37&period=2026-H1&figure=cases.article256a",
                HttpMethod.GET, new HttpEntity<>(bearer(TestTokens.issue("phan-tich", "ANALYST", List.of()))), String.class).getBody());
        assertThat(pseudonymised.at("/items/0/reference").asText()).isEqualTo(pseudonyms.of("c-37"));
        assertThat(pseudonymised.at("/items/0/href").textValue()).isNull(); // and no link
        var unknownCaseFigure = http.getForEntity("/api/reports/cases/members?areaCode=37&period=2026-H1&figure=hotspots.all", String.class);
        assertThat(unknownCaseFigure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mapper.readTree(unknownCaseFigure.getBody()).get("code").asText()).isEqualTo("FIGURE_UNKNOWN");
        var otherProvinceCases = http.exchange("/api/reports/cases/members?areaCode=37&period=2026-H1&figure=arrests", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("ca-tinh-38", "PROVINCE_OFFICER", List.of("38")))), String.class);
        assertThat(otherProvinceCases.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String bad : List.of("2026-H3", "2026-03-02..2026-03-01", "{\"$ne\":null}")) {
            var refused = http.getForEntity("/api/reports/periodic?areaCode=37&period={p}", String.class, bad);
            assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(mapper.readTree(refused.getBody()).get("code").asText()).isEqualTo("PERIOD_INVALID");
        }

        var future = http.getForEntity("/api/reports/subjects?areaCode=37&asOf=2099-01-01", String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var otherProvince = http.exchange("/api/reports/subjects?areaCode=37", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("ca-tinh-38", "PROVINCE_OFFICER", List.of("38")))), String.class);
        assertThat(otherProvince.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void givenTheFightInTwoVillages_whenReported_thenEachVillageCountsWhatNamesItAndTheCommuneEverything() throws Exception {
        area("34", "Tỉnh Ba Tư", AreaLevel.PROVINCE, null);
        area("34001", "Xã Một", AreaLevel.COMMUNE, "34");
        area("34001-01", "Thôn Trên", AreaLevel.VILLAGE, "34001");
        area("34001-02", "Thôn Dưới", AreaLevel.VILLAGE, "34001");
        area("34002", "Xã Hai", AreaLevel.COMMUNE, "34");
        Instant now = Instant.now();
        // a hotspot in Thôn Trên, eliminated (the stage change names no village); a 256a case and plants in Thôn Dưới; an
        // arrest in that case of someone living in Thôn Trên; and a case naming no village
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-1", HotspotIdentified.TYPE, 1, "h-34", 1, LocalDate.of(2026, 1, 5), now,
                Actor.system("test"), "34001", mapper.valueToTree(new HotspotIdentified("h-34", "USE_DEN", "34001", "34001-01",
                        LocalDate.of(2026, 1, 5), false, true))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-2", HotspotStageChanged.TYPE, 1, "h-34", 2, LocalDate.of(2026, 3, 1), now,
                Actor.system("test"), "34001", mapper.valueToTree(new HotspotStageChanged("h-34", "UNDER_ACTION", "ELIMINATED",
                        LocalDate.of(2026, 3, 1), false))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-3", CaseOpened.TYPE, 1, "c-34", 1, LocalDate.of(2026, 2, 10), now,
                Actor.system("test"), "34001", mapper.valueToTree(new CaseOpened("c-34", "CRIMINAL", "256a", "34001", "34001-02",
                        LocalDate.of(2026, 2, 10), List.of()))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-4", ArrestMade.TYPE, 1, "c-34", 2, LocalDate.of(2026, 2, 10), now,
                Actor.system("test"), "34001", mapper.valueToTree(new ArrestMade("c-34", "a-34", "p-34", null, "256a", "34001", "34001",
                        "34001-01", "CAUGHT_IN_ACT", LocalDate.of(2026, 2, 10)))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-5", CultivationIncidentRecorded.TYPE, 1, "k-34", 1, LocalDate.of(2026, 4, 2),
                now, Actor.system("test"), "34001", mapper.valueToTree(new CultivationIncidentRecorded("k-34", "CANNABIS", "34001", "34001-02",
                        75, new java.math.BigDecimal("20"), LocalDate.of(2026, 4, 2)))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-6", CaseOpened.TYPE, 1, "c-34b", 1, LocalDate.of(2026, 2, 11), now,
                Actor.system("test"), "34001", mapper.valueToTree(new CaseOpened("c-34b", "CRIMINAL", "249", "34001", null,
                        LocalDate.of(2026, 2, 11), List.of()))));
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-8", CaseOpened.TYPE, 1, "c-34d", 1, LocalDate.of(2026, 2, 12), now,
                Actor.system("test"), "34002", mapper.valueToTree(new CaseOpened("c-34d", "CRIMINAL", "250", "34002", null,
                        LocalDate.of(2026, 2, 12), List.of()))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> { // the areas, hotspots and cases come on different partitions
            JsonNode report = json(http.getForObject("/api/reports/periodic?areaCode=34001&period=2026-H1", String.class));
            assertThat(report.path("children")).hasSize(2);
            assertThat(report.at("/cases/hotspotsEliminated").asLong()).isEqualTo(1);
            assertThat(report.at("/cases/arrests").asLong()).isEqualTo(1);
            assertThat(report.at("/cases/plantsDestroyed").asLong()).isEqualTo(75);
            assertThat(report.at("/cases/casesByArticle/249").asLong()).isEqualTo(1);
            assertThat(asOfSummary("34", "2026-04-20").at("/fight/casesOpened").asLong()).isEqualTo(3);
        });

        JsonNode commune = json(http.getForObject("/api/reports/periodic?areaCode=34001&period=2026-H1", String.class));
        assertThat(commune.get("children")).extracting(child -> child.get("areaCode").asText() + ": hotspots "
                + child.at("/cases/hotspotsIdentified").asLong() + "/" + child.at("/cases/hotspotsEliminated").asLong() + ", 256a "
                + child.at("/cases/article256aCases").asLong() + ", arrests " + child.at("/cases/arrests").asLong() + ", plants "
                + child.at("/cases/plantsDestroyed").asLong() + ", 249 " + child.at("/cases/casesByArticle/249").asLong())
                .containsExactly("34001-01: hotspots 1/1, 256a 0, arrests 1, plants 0, 249 0",
                        "34001-02: hotspots 0/0, 256a 1, arrests 0, plants 75, 249 0"); // the case naming no village: the commune's only
        JsonNode village = json(http.getForObject("/api/reports/periodic?areaCode=34001-01&period=2026-H1", String.class));
        assertThat(village.at("/cases/hotspotsEliminated").asLong()).isEqualTo(1);
        assertThat(village.at("/cases/arrests").asLong()).isEqualTo(1);
        assertThat(village.hasNonNull("flows")).isFalse(); // the registry's flows are the commune's
        JsonNode eliminated = json(http.getForObject("/api/reports/cases/members?areaCode=34001-01&period=2026-H1&figure=hotspots.eliminated",
                String.class));
        assertThat(eliminated.get("items")).extracting(item -> item.get("reference").asText()).containsExactly("h-34");
        assertThat(json(http.getForObject("/api/reports/cases/members?areaCode=34001-02&period=2026-H1&figure=hotspots.eliminated",
                String.class)).get("total").asInt()).isZero();
        var villageFlows = http.getForEntity("/api/reports/flows/members?areaCode=34001-01&period=2026-H1&figure=found", String.class);
        assertThat(villageFlows.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(villageFlows.getBody()).get("code").asText()).isEqualTo("FIGURE_NOT_BY_VILLAGE");

        // the summary's fight, in the commune and each village, and in a village on its own
        JsonNode summary = asOfSummary("34001", "2026-02-20");
        assertThat(summary.at("/fight/hotspotsActive").asLong()).isEqualTo(1);
        assertThat(summary.at("/fight/casesOpened").asLong()).isEqualTo(2);
        assertThat(summary.get("children")).extracting(child -> child.get("areaCode").asText() + ":" + child.at("/fight/hotspotsActive").asLong()
                + "/" + child.at("/fight/casesOpened").asLong() + "/" + child.at("/fight/arrests").asLong())
                .containsExactly("34001-01:1/0/1", "34001-02:0/1/0");
        assertThat(asOfSummary("34001-02", "2026-04-02").at("/fight/plantsDestroyed").asLong()).isEqualTo(75);
        assertThat(summary("34001-01").at("/fight/hotspotsActive").asLong()).isZero(); // today: eliminated

        // each commune's facts are kept between requests only until case-service's next event of it is kept
        assertThat(asOfSummary("34001", "2026-04-20").at("/fight/casesOpened").asLong()).isEqualTo(2);
        assertThat(asOfSummary("34", "2026-04-20").get("children")).extracting(child -> child.at("/fight/casesOpened").asLong())
                .containsExactly(2L, 1L);
        publish(CaseTopics.EVENTS, new IntegrationEvent("v-34-7", CaseOpened.TYPE, 1, "c-34c", 1, LocalDate.of(2026, 4, 10), Instant.now(),
                Actor.system("test"), "34001", mapper.valueToTree(new CaseOpened("c-34c", "CRIMINAL", "251", "34001", "34001-02",
                        LocalDate.of(2026, 4, 10), List.of()))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode later = asOfSummary("34001", "2026-04-20");
            assertThat(later.at("/fight/casesOpened").asLong()).isEqualTo(3);
            assertThat(later.at("/children/1/fight/casesOpened").asLong()).isEqualTo(2);
            JsonNode province = asOfSummary("34", "2026-04-20"); // one commune read again, the other as kept
            assertThat(province.at("/fight/casesOpened").asLong()).isEqualTo(4);
            assertThat(province.get("children")).extracting(child -> child.at("/fight/casesOpened").asLong()).containsExactly(3L, 1L);
        });
    }

    @Test
    void givenACountOfAnArea_whenDrilledDown_thenTheSubjectsBehindItForOfficersAuditedAndPseudonymsForAnalysts() throws Exception {
        area("45", "Tỉnh Bốn Lăm", AreaLevel.PROVINCE, null);
        area("20000", "Xã Hai Vạn", AreaLevel.COMMUNE, "45");
        area("20001", "Xã Hai Vạn Một", AreaLevel.COMMUNE, "45");
        String stays = "00000000-0000-4000-8000-000000000001";
        String leaves = "00000000-0000-4000-8000-000000000002";
        String suspected = "00000000-0000-4000-8000-000000000003";
        for (String id : List.of(stays, leaves, suspected)) {
            publish(RegistryTopics.EVENTS, registryEvent("dd-" + id, id, 0, "20000", SubjectRegistered.TYPE, new SubjectRegistered(id,
                    id.equals(suspected) ? Category.SUSPECTED : Category.ADDICT, Sex.MALE, 1990, new Residence("20000", null), "DRUG_TEST",
                    LocalDate.of(2026, 3, 1))));
        }
        publish(RegistryTopics.EVENTS, new IntegrationEvent("dd-move", SubjectMoved.TYPE, 1, leaves, 1, LocalDate.of(2026, 5, 1), Instant.now(),
                Actor.system("test"), "20001", mapper.valueToTree(new SubjectMoved(leaves, new Residence("20000", null),
                        new Residence("20001", null), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), false))));
        IntegrationEvent tested = new IntegrationEvent("dd-test", DrugTestRecorded.TYPE, 1, stays, 1, LocalDate.of(2026, 4, 2), Instant.now(),
                Actor.system("test"), "20000", mapper.valueToTree(new DrugTestRecorded(stays, "t-20000", LocalDate.of(2026, 4, 2), "URINE_RAPID",
                "NEGATIVE", List.of())));
        publish(RegistryTopics.EVENTS, tested);
        publish(RegistryTopics.EVENTS, tested); // redelivered: still one test
        publish(RegistryTopics.EVENTS, new IntegrationEvent(tested.eventId(), tested.eventType(), 1, stays, 1, tested.occurredAt(),
                tested.recordedAt(), tested.actor(), "20001", tested.payload())); // published again, its commune worked out anew: the first stands
        publish(RegistryTopics.EVENTS, new IntegrationEvent("dd-test-2", DrugTestRecorded.TYPE, 1, stays, 2, LocalDate.of(2026, 7, 1),
                Instant.now(), Actor.system("test"), "20000", mapper.valueToTree(new DrugTestRecorded(stays, "t-20000-2",
                LocalDate.of(2026, 7, 1), "URINE_RAPID", "NEGATIVE", List.of())))); // after the redelivery on the same partition
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(asOf("20001", "asOf=2026-06-01").at("/subjects/total").asLong()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mapper.readTree(http.getForObject(
                "/api/reports/periodic?areaCode=20000&period=2026-03-01..2026-07-31", String.class)).at("/flows/tests").asLong()).isEqualTo(2));
        assertThat(mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=20000&period=2026-03-01..2026-06-30", String.class))
                .at("/flows/tests").asLong()).isEqualTo(1);
        assertThat(mapper.readTree(http.getForObject("/api/reports/periodic?areaCode=20001&period=2026-03-01..2026-06-30", String.class))
                .at("/flows/tests").asLong()).isZero();
        String officer = TestTokens.issue("ca-xa-20000", "COMMUNE_OFFICER", List.of("20000"));

        JsonNode beforeMove = members(officer, "20000", "subjects.byCategory.ADDICT", "2026-04-30", "");
        assertThat(beforeMove.get("total").asInt()).isEqualTo(asOf("20000", "asOf=2026-04-30").at("/subjects/byCategory/ADDICT").asInt())
                .isEqualTo(2);
        assertThat(beforeMove.get("items")).extracting(member -> member.get("subject").asText()).containsExactly(stays, leaves);
        assertThat(beforeMove.at("/items/0/href").asText()).isEqualTo("/api/subjects/" + stays);
        JsonNode secondPage = members(officer, "20000", "subjects.byCategory.ADDICT", "2026-04-30", "&page=1&size=1");
        assertThat(secondPage.get("items")).extracting(member -> member.get("subject").asText()).containsExactly(leaves);
        assertThat(secondPage.get("total").asInt()).isEqualTo(2);
        assertThat(members(officer, "20000", "subjects.total", "2026-04-30", "&page=2147483647&size=500").get("items")).isEmpty();
        JsonNode afterMove = members(officer, "20000", "subjects.byCategory.ADDICT", "2026-06-01", "");
        assertThat(afterMove.get("items")).extracting(member -> member.get("subject").asText()).containsExactly(stays);
        JsonNode analysts = members(TestTokens.issue("phan-tich", "ANALYST", List.of()), "20000", "subjects.total", "2026-06-01", "");
        assertThat(analysts.get("total").asInt()).isEqualTo(2);
        assertThat(analysts.get("items")).extracting(member -> member.get("subject").asText())
                .containsExactlyInAnyOrder(pseudonyms.of(stays), pseudonyms.of(suspected)).doesNotContain(stays, suspected);
        assertThat(analysts.at("/items/0/href").isTextual()).isFalse();

        // every page read in the audit with the subjects on it: the officer's two naming this subject, the analyst's one
        ResponseEntity<String> audit = http.exchange("/api/audit/statistics-reads?subjectId=" + stays, HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("kiem-tra", "AUDITOR", List.of()))), String.class);
        assertThat(audit.getStatusCode()).as(audit.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json(audit.getBody())).extracting(entry -> entry.get("userId").asText())
                .containsExactlyInAnyOrder("ca-xa-20000", "ca-xa-20000", "phan-tich");
        assertThat(http.exchange("/api/audit/statistics-reads", HttpMethod.GET, new HttpEntity<>(bearer(officer)), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        int auditedBefore = json(http.exchange("/api/audit/statistics-reads?userId=ca-xa-20000", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("kiem-tra", "AUDITOR", List.of()))), String.class).getBody()).size();
        ResponseEntity<String> unknownFigure = http.exchange("/api/reports/subjects/members?areaCode=20000&figure=subjects.byColour.RED",
                HttpMethod.GET, new HttpEntity<>(bearer(officer)), String.class);
        assertThat(unknownFigure.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(unknownFigure.getBody()).at("/errors/0/field").asText()).isEqualTo("figure");
        ResponseEntity<String> elsewhere = http.exchange("/api/reports/subjects/members?areaCode=20001&figure=subjects.total",
                HttpMethod.GET, new HttpEntity<>(bearer(officer)), String.class);
        assertThat(json(elsewhere.getBody()).get("code").asText()).isEqualTo("AREA_OUT_OF_SCOPE");
        assertThat(json(http.exchange("/api/audit/statistics-reads?userId=ca-xa-20000", HttpMethod.GET,
                new HttpEntity<>(bearer(TestTokens.issue("kiem-tra", "AUDITOR", List.of()))), String.class).getBody()))
                .hasSize(auditedBefore); // refused reads show nobody and record nothing
    }

    private JsonNode members(String token, String areaCode, String figure, String asOf, String paging) {
        ResponseEntity<String> response = http.exchange("/api/reports/subjects/members?areaCode=" + areaCode + "&figure=" + figure
                + "&asOf=" + asOf + paging, HttpMethod.GET, new HttpEntity<>(bearer(token)), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json(response.getBody());
    }

    private JsonNode asOf(String areaCode, String query) throws Exception {
        var response = http.getForEntity("/api/reports/subjects?areaCode=" + areaCode + "&" + query, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private JsonNode asOfSummary(String areaCode, String day) throws Exception {
        var response = http.getForEntity("/api/reports/summary?areaCode=" + areaCode + "&asOf=" + day, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    @Test
    void givenUnknownArea_whenSummary_thenNotFoundProblem() throws Exception {
        var response = http.getForEntity("/api/reports/summary?areaCode=00000", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mapper.readTree(response.getBody()).get("code").asText()).isEqualTo("AREA_UNKNOWN");
    }

    @Test
    void givenOperatorInQueryParameter_whenSummary_thenBadRequest() throws Exception {
        var response = http.getForEntity("/api/reports/summary?areaCode={code}", String.class, "{\"$ne\":null}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mapper.readTree(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("areaCode");
    }

    private JsonNode summary(String areaCode) throws Exception {
        var response = http.getForEntity("/api/reports/summary?areaCode=" + areaCode, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return mapper.readTree(response.getBody());
    }

    private void area(String code, String name, AreaLevel level, String parent) throws Exception {
        publish(AssessmentTopics.EVENTS, new IntegrationEvent("area-" + code, AreaRegistered.TYPE, 1, code, 0,
                LocalDate.of(2026, 1, 5), Instant.now(), Actor.system("test"), code,
                mapper.valueToTree(new AreaRegistered(code, name, level, parent))));
    }

    private void subject(String eventId, String subjectId, String village, Category category) throws Exception {
        var payload = new SubjectRegistered(subjectId, category, Sex.FEMALE, 1990, new Residence("14000", village),
                "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 3, 1));
        publish(RegistryTopics.EVENTS, new IntegrationEvent(eventId, SubjectRegistered.TYPE, 1, subjectId, 0,
                LocalDate.of(2026, 3, 1), Instant.now(), Actor.system("test"), "14000", mapper.valueToTree(payload)));
    }

    private IntegrationEvent registryEvent(String eventId, String subjectId, long version, String areaCode, String type,
                                           Object payload) {
        return new IntegrationEvent(eventId, type, 1, subjectId, version, LocalDate.of(2026, 3, 1), Instant.now(),
                Actor.system("test"), areaCode, mapper.valueToTree(payload));
    }

    private void publish(String topic, IntegrationEvent event) throws Exception {
        kafka.send(topic, event.aggregateId(), mapper.writeValueAsString(event)).get();
    }
}
