package vn.pcmt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.embedded.test.TopicRecords;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/** A subject's life through the HTTP API on the embedded store and broker: the same steps an officer takes. */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectLifecycleIT {

    static final String OLD_COMMUNE = "41000";
    static final String NEW_COMMUNE = "42000";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AreaDirectoryRepository areas;
    RegistryHttp http;

    @BeforeEach
    void setUp() throws Exception {
        http = new RegistryHttp(rest, mapper, kafka, areas);
        http.villages(OLD_COMMUNE, "41000-01", "41000-02");
        http.villages(NEW_COMMUNE, "42000-01");
    }

    @Test
    void givenSuspectedPerson_whenTestedManagedAndMoved_thenEachCommuneSeesTheRightSideOfTheMove() throws Exception {
        String id = http.register("Lê Văn Cường", "1988-05-20", OLD_COMMUNE, "41000-01", "SUSPECTED", "2026-03-02");
        String subject = "/api/subjects/" + id;

        // A positive test, sent with the version the officer saw: the person becomes an illegal user.
        ResponseEntity<String> tested = http.post(subject + "/drug-tests",
                "{\"testedOn\":\"2026-03-10\",\"method\":\"URINE_RAPID\",\"result\":\"POSITIVE\",\"substances\":[\"MDMA\"]}", "\"0\"");
        assertThat(tested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(tested.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(http.json(tested).get("category").asText()).isEqualTo("ILLEGAL_USER");

        // A second officer still holding version 0 is told, and nothing is stored.
        long eventsBefore = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> stale = http.post(subject + "/drug-tests",
                "{\"testedOn\":\"2026-03-11\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}", "\"0\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(http.json(stale).get("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(eventsBefore);

        JsonNode managed = http.change(id, "management-periods",
                "{\"kind\":\"ILLEGAL_USER\",\"decisionNo\":\"07/QĐ-CAX\",\"startsOn\":\"2026-03-15\"}");
        assertThat(managed.at("/managementPeriods/0/endsOn").asText()).isEqualTo("2027-03-14");
        assertThat(managed.at("/managementPeriods/0/law").asText()).isEqualTo("LAW_73_2021");

        Instant beforeMove = Instant.now();
        JsonNode moved = http.change(id, "moves",
                "{\"toCommuneCode\":\"42000\",\"toVillageCode\":\"42000-01\",\"movedOn\":\"2026-08-01\",\"reportedOn\":\"2026-08-05\"}");
        assertThat(moved.at("/residence/communeCode").asText()).isEqualTo(NEW_COMMUNE);

        // As of dates: before the test still suspected; the day before the move still in the old commune.
        assertThat(http.getJson(subject + "?asOf=2026-03-09").get("category").asText()).isEqualTo("SUSPECTED");
        assertThat(http.getJson(subject + "?asOf=2026-07-31").at("/residence/communeCode").asText()).isEqualTo(OLD_COMMUNE);
        assertThat(http.getJson(subject + "?asOf=2026-08-01").at("/residence/communeCode").asText()).isEqualTo(NEW_COMMUNE);
        // As known before the move was recorded: the answer given then.
        assertThat(http.getJson(subject + "?knownAt=" + beforeMove).at("/residence/communeCode").asText()).isEqualTo(OLD_COMMUNE);
        assertThat(http.get(subject + "?asOf=2026-03-01").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // Lists: today in the new commune only; as of July in the old one.
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(http.getJson("/api/subjects?communeCode=" + NEW_COMMUNE)).contains(id));
        assertThat(ids(http.getJson("/api/subjects?communeCode=" + OLD_COMMUNE))).doesNotContain(id);
        assertThat(ids(http.getJson("/api/subjects?communeCode=" + OLD_COMMUNE + "&asOf=2026-07-31"))).contains(id);
        assertThat(ids(http.getJson("/api/subjects?communeCode=" + NEW_COMMUNE + "&asOf=2026-07-31"))).doesNotContain(id);
        assertThat(http.getJson("/api/subjects/counts?communeCode=" + OLD_COMMUNE + "&asOf=2026-07-31").at("/byCategory/ILLEGAL_USER").asInt())
                .isGreaterThanOrEqualTo(1);

        JsonNode history = http.getJson(subject + "/history");
        assertThat(history.findValuesAsText("type")).containsExactly("SubjectRegistered", "DrugTestRecorded", "CategoryChanged",
                "ManagementPeriodStarted", "SubjectMoved");
        assertThat(history.get(4).get("effectiveDate").asText()).isEqualTo("2026-08-01");
        assertThat(history.get(4).at("/data/reportedLate").asBoolean()).isTrue(); // Law 120/2025: within 24 h
        assertThat(http.getJson(subject + "/article-256a?testedOn=2026-08-10").get("applies").asBoolean()).isFalse();
        assertThat(http.getJson(subject + "/history?communeCode=" + OLD_COMMUNE).findValuesAsText("type"))
                .containsExactly("SubjectRegistered", "DrugTestRecorded", "CategoryChanged", "ManagementPeriodStarted",
                        "SubjectMoved"); // the old commune sees the departure
        assertThat(http.getJson(subject + "/history?communeCode=" + NEW_COMMUNE).findValuesAsText("type"))
                .containsExactly("SubjectMoved");

        // Published: the test belongs to the old commune, the move to the new one; no name travels.
        Map<String, JsonNode> published = awaitPublished(id, 5);
        assertThat(published.get("registry.DrugTestRecorded").get("areaCode").asText()).isEqualTo(OLD_COMMUNE);
        assertThat(published.get("registry.SubjectMoved").get("areaCode").asText()).isEqualTo(NEW_COMMUNE);
        assertThat(published.values().toString()).doesNotContain("Lê Văn Cường");
    }

    @Test
    void givenPositiveTestOnTheWrongPerson_whenRetracted_thenSuspectedAgainAndTheHistoryKeepsBoth() throws Exception {
        String id = http.register("Trương Văn Ơn", "1993-03-03", OLD_COMMUNE, "41000-02", "SUSPECTED", "2026-03-02");
        http.change(id, "drug-tests", "{\"testedOn\":\"2026-03-10\",\"method\":\"URINE_RAPID\",\"result\":\"POSITIVE\"}");
        http.change(id, "flags", "{\"flag\":\"PSYCHOSIS_SIGNS\",\"raisedOn\":\"2026-03-11\",\"note\":\"Hoang tưởng\"}");

        JsonNode retracted = http.change(id, "retractions", "{\"version\":1,\"reason\":\"Kết quả của người khác\"}");

        assertThat(retracted.get("category").asText()).isEqualTo("SUSPECTED");
        assertThat(retracted.get("drugTests")).isEmpty();
        assertThat(http.getJson("/api/subjects/" + id + "?asOf=2026-03-15").get("category").asText()).isEqualTo("SUSPECTED");
        assertThat(http.getJson("/api/subjects/" + id + "/history").findValuesAsText("type"))
                .containsExactly("SubjectRegistered", "DrugTestRecorded", "CategoryChanged", "FlagRaised", "EntryRetracted");
        ResponseEntity<String> again = http.post("/api/subjects/" + id + "/retractions", "{\"version\":2,\"reason\":\"x\"}", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

        // published as the state to set: category, residence, treatments under way (none) and flags raised (the flag stays)
        JsonNode restated = awaitPublished(id, 5).get("registry.EntryRetracted").get("payload");
        assertThat(restated.get("category").asText()).isEqualTo("SUSPECTED");
        assertThat(restated.get("treatments")).isEmpty();
        assertThat(restated.get("flags")).extracting(JsonNode::asText).containsExactly("PSYCHOSIS_SIGNS");
    }

    @Test
    void givenSuspectedPerson_whenPostRehabManagementStarted_thenRefusedAndNothingStored() throws Exception {
        String id = http.register("Phạm Văn Dũng", "1990-01-02", OLD_COMMUNE, "41000-02", "SUSPECTED", "2026-03-02");
        long eventsBefore = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> refused = http.post("/api/subjects/" + id + "/management-periods",
                "{\"kind\":\"POST_REHAB\",\"decisionNo\":\"08/QĐ-CAX\",\"startsOn\":\"2026-04-01\"}", null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = http.json(refused);
        assertThat(problem.get("code").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(problem.get("detail").asText()).contains("chưa từng cai nghiện");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(eventsBefore);
    }

    @Test
    void givenNamesakeInCommune_whenRegistered_thenCandidatesReturnedUntilConfirmedDistinct() throws Exception {
        String first = http.register("Hoàng Thị Em", "1992-09-09", OLD_COMMUNE, "41000-01", "SUSPECTED", "2026-03-02");
        String body = """
                {"fullName":"hoang thi  em","dateOfBirth":"1992-09-09","sex":"FEMALE","nationalIdMissingReason":"Mất giấy tờ","residence":{"communeCode":"41000","villageCode":"41000-02"},
                 "category":"SUSPECTED","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"2026-03-03"%s}""";
        await().atMost(Duration.ofSeconds(30)).until(() -> http.post("/api/subjects", body.formatted(""), null).getStatusCode()
                == HttpStatus.CONFLICT);

        JsonNode problem = http.json(http.post("/api/subjects", body.formatted(""), null));
        assertThat(problem.get("code").asText()).isEqualTo("SUBJECT_POSSIBLE_DUPLICATE");
        assertThat(problem.get("candidates").get(0).asText()).isEqualTo(first);
        assertThat(http.post("/api/subjects", body.formatted(",\"confirmedDistinct\":true"), null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void givenPersonRecordedTwice_whenMerged_thenCountedOnceAndBothHistoriesKept() throws Exception {
        String survivor = http.register("Vũ Văn Giang", "1985-04-04", OLD_COMMUNE, "41000-01", "ILLEGAL_USER", "2026-02-01");
        String duplicate = http.register("Vũ Văn Zang", "1985-04-04", OLD_COMMUNE, "41000-02", "SUSPECTED", "2026-03-01");
        http.change(duplicate, "drug-tests", "{\"testedOn\":\"2026-03-02\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}");

        ResponseEntity<String> stale = http.post("/api/subjects/" + survivor + "/merges",
                "{\"duplicateId\":\"%s\",\"reason\":\"Ghi trùng, sai chính tả họ tên\"}".formatted(duplicate), "\"7\"");
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(http.getJson("/api/subjects/" + duplicate).at("/status/onList").asBoolean()).isTrue();

        JsonNode merged = http.change(survivor, "merges",
                "{\"duplicateId\":\"%s\",\"reason\":\"Ghi trùng, sai chính tả họ tên\"}".formatted(duplicate));
        assertThat(merged.get("version").asLong()).isEqualTo(1);
        JsonNode gone = http.getJson("/api/subjects/" + duplicate);
        assertThat(gone.at("/removal/reason").asText()).isEqualTo("MERGED");
        assertThat(gone.at("/status/onList").asBoolean()).isFalse();

        JsonNode history = http.getJson("/api/subjects/" + survivor + "/history");
        assertThat(history.findValuesAsText("type")).containsExactly("SubjectRegistered", "SubjectRegistered",
                "DrugTestRecorded", "DuplicateAbsorbed", "SubjectMerged");
        assertThat(history.findValuesAsText("subjectId")).contains(survivor, duplicate);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !ids(http.getJson("/api/subjects?communeCode=" + OLD_COMMUNE + "&size=200")).contains(duplicate));
        assertThat(ids(http.getJson("/api/subjects?communeCode=" + OLD_COMMUNE + "&size=200"))).contains(survivor);
        ResponseEntity<String> again = http.post("/api/subjects/" + survivor + "/merges",
                "{\"duplicateId\":\"%s\",\"reason\":\"lại\"}".formatted(duplicate), null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").findValuesAsText("subjectId");
    }

    private Map<String, JsonNode> awaitPublished(String subjectId, int count) throws Exception {
        Map<String, JsonNode> byType = new HashMap<>();
        for (String value : TopicRecords.readUntil(RegistryTopics.EVENTS, subjectId, values -> values.size() >= count)) {
            JsonNode event = mapper.readTree(value);
            byType.put(event.get("eventType").asText(), event);
        }
        return byType;
    }
}
