package vn.pcmt.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import vn.pcmt.assessment.api.v1.AreaFactsRecorded;
import vn.pcmt.assessment.api.v1.AssessmentTopics;
import vn.pcmt.cases.api.v1.CaseTopics;
import vn.pcmt.cases.api.v1.HotspotIdentified;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.embedded.test.TopicRecords;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.DrugTestRecorded;
import vn.pcmt.registry.api.v1.RegistryTopics;
import vn.pcmt.registry.api.v1.Residence;
import vn.pcmt.registry.api.v1.Sex;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;

/**
 * An appraisal on the embedded store and broker: a village's manual facts through the API, an addict from the
 * registry's topic, a drug-use point from the cases topic; the appraisal names what fails, a what-if records nothing.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AppraisalIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ObjectMapper mapper;
    @Autowired
    MongoTemplate mongo;

    @Test
    void givenVillageWithAnUntestedAddictAndADrugUsePoint_whenAppraised_thenNotDrugFreeNamingTheCriteriaThatFail() throws Exception {
        area("93", "Ninh Bình", "PROVINCE", null);
        area("14600", "Xã Gia Hưng", "COMMUNE", "93");
        area("14600-01", "Thôn Đông", "VILLAGE", "14600");
        http.exchange("/api/areas/14600-01/facts/2026", HttpMethod.PUT, new HttpEntity<>(Map.of("population", 900, "households", 240,
                "householdsCommitted", 240, "onRoute", false, "preventionModels",
                List.of(Map.of("name", "Tổ tự quản", "since", "2025-01-10", "effective", true)))), String.class);
        String addict = UUID.randomUUID().toString();
        publish(RegistryTopics.EVENTS, addict, 0, SubjectRegistered.TYPE, LocalDate.of(2026, 2, 1), new SubjectRegistered(addict,
                Category.ADDICT, Sex.MALE, 1990, new Residence("14600", "14600-01"), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 2, 1)));
        publish(RegistryTopics.EVENTS, addict, 1, DrugTestRecorded.TYPE, LocalDate.of(2026, 2, 1), new DrugTestRecorded(addict, "t-1",
                LocalDate.of(2026, 2, 1), "URINE_RAPID", "POSITIVE", List.of("HEROIN")));
        String hotspot = UUID.randomUUID().toString();
        publish(CaseTopics.EVENTS, hotspot, 0, HotspotIdentified.TYPE, LocalDate.of(2026, 3, 1), new HotspotIdentified(hotspot, "USE_DEN",
                "14600", "14600-01", LocalDate.of(2026, 3, 1), true, true));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode facts = mapper.readTree(http.getForObject("/api/areas/14600-01/facts?asOf=2026-11-20", String.class));
            return facts.at("/facts/persons").size() == 1 && facts.at("/facts/cases/drugUsePoints").asInt() == 1;
        });
        long before = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> whatIf = http.postForEntity("/api/appraisals?whatIf=true", Map.of("areaCode", "14600-01",
                "criteriaSet", "LOCAL_10", "asOf", "2026-11-20"), String.class);
        assertThat(whatIf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);

        // the commune's Art. 4 type for 2026 (so far): one addict, no population recorded for the commune → Type III
        JsonNode classification = mapper.readTree(http.getForObject("/api/areas/14600/classification?year=2026", String.class));
        assertThat(classification.get("outcome").asText()).isEqualTo("TYPE_III");
        assertThat(http.getForEntity("/api/areas/14600-01/classification?year=2026", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        // the province: its communes' facts together; Art. 5 met by none of 6 here, Art. 6 broken by the addict and the point
        JsonNode province = mapper.readTree(http.postForEntity("/api/appraisals?whatIf=true", Map.of("areaCode", "93",
                "criteriaSet", "QD28_2025_PROVINCE_KEY_AREA", "asOf", "2026-11-20"), String.class).getBody());
        assertThat(province.get("outcome").asText()).isEqualTo("NOT_KEY_AREA");
        assertThat(province.get("criteria").get(3).at("/facts/communes").asInt()).isEqualTo(1);
        JsonNode provinceDrugFree = mapper.readTree(http.postForEntity("/api/appraisals?whatIf=true", Map.of("areaCode", "93",
                "criteriaSet", "QD28_2025_DRUG_FREE", "asOf", "2026-11-20"), String.class).getBody());
        assertThat(provinceDrugFree.get("outcome").asText()).isEqualTo("NOT_DRUG_FREE");
        assertThat(provinceDrugFree.get("criteria").get(0).at("/facts/counted").get(0).asText()).isEqualTo(addict);

        ResponseEntity<String> recorded = http.postForEntity("/api/appraisals", Map.of("areaCode", "14600-01", "criteriaSet", "LOCAL_10",
                "asOf", "2026-11-20"), String.class);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode appraisal = mapper.readTree(http.getForObject(recorded.getHeaders().getLocation(), String.class));
        assertThat(appraisal.get("outcome").asText()).isEqualTo("NOT_DRUG_FREE");
        Map<String, Boolean> passed = new TreeMap<>();
        appraisal.get("criteria").forEach(c -> passed.put(c.get("id").asText(), c.get("passed").asBoolean()));
        assertThat(passed).containsEntry("LOCAL_1", false).containsEntry("LOCAL_6", false).containsEntry("LOCAL_9", true)
                .containsEntry("LOCAL_10", true).containsEntry("LOCAL_4", false); // not registered: no baseline
        assertThat(mapper.readTree(whatIf.getBody()).get("criteria")).isEqualTo(appraisal.get("criteria")); // the same answer again
        List<String> streams = new ArrayList<>();
        appraisal.get("eventPositions").forEach(p -> streams.add(p.get("source").asText()));
        assertThat(streams).contains(RegistryTopics.EVENTS, CaseTopics.EVENTS, "assessment:14600-01"); // the manual facts' area

        // registered on 1/3 with its one addict as the baseline; the addict leaves the list: criterion 4 holds
        ResponseEntity<String> registered = http.postForEntity("/api/drug-free-registrations", Map.of("areaCode", "14600-01",
                "year", 2026, "kind", "BUILD", "registeredOn", "2026-03-01"), String.class);
        assertThat(mapper.readTree(registered.getBody()).get("baselineUsers").asLong()).isEqualTo(1);
        long registeredEvents = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> again = http.postForEntity("/api/drug-free-registrations", Map.of("areaCode", "14600-01",
                "year", 2026, "kind", "BUILD", "registeredOn", "2026-03-02"), String.class);
        ResponseEntity<String> notKept = http.postForEntity("/api/drug-free-registrations", Map.of("areaCode", "14600",
                "year", 2026, "kind", "MAINTAIN", "registeredOn", "2026-03-02"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mapper.readTree(notKept.getBody()).get("code").asText()).isEqualTo("NOT_RECOGNISED_LAST_YEAR");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(registeredEvents);
        publish(RegistryTopics.EVENTS, addict, 2, SubjectRemoved.TYPE, LocalDate.of(2026, 6, 1),
                new SubjectRemoved(addict, "DEATH", LocalDate.of(2026, 6, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> mapper.readTree(http.getForObject("/api/areas/14600-01/facts?asOf=2026-11-20",
                String.class)).at("/facts/persons").isEmpty());
        JsonNode after = mapper.readTree(http.postForEntity("/api/appraisals?whatIf=true", Map.of("areaCode", "14600-01",
                "criteriaSet", "LOCAL_10", "asOf", "2026-11-20"), String.class).getBody());
        after.get("criteria").forEach(c -> passed.put(c.get("id").asText(), c.get("passed").asBoolean()));
        assertThat(passed).containsEntry("LOCAL_4", true).containsEntry("LOCAL_1", true);
        // the households' commitments corrected down: criterion 9 no longer holds today
        http.exchange("/api/areas/14600-01/facts/2026", HttpMethod.PUT, new HttpEntity<>(Map.of("population", 900, "households", 240,
                "householdsCommitted", 200, "onRoute", false, "preventionModels",
                List.of(Map.of("name", "Tổ tự quản", "since", "2025-01-10", "effective", true)))), String.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> mapper.readTree(http.getForObject("/api/areas/14600-01/facts?asOf=2026-11-20",
                String.class)).at("/facts/householdsCommitted").asInt() == 200);
        // both records of the year are published for reporting: the counts, not the models' names
        List<JsonNode> factsPublished = TopicRecords.readUntil(AssessmentTopics.EVENTS, "14600-01", values -> values.stream()
                        .filter(value -> value.contains(AreaFactsRecorded.TYPE)).count() == 2).stream().map(this::json)
                .filter(record -> record.get("eventType").asText().equals(AreaFactsRecorded.TYPE)).toList();
        assertThat(factsPublished).extracting(record -> record.at("/payload/householdsCommitted").asInt()).containsExactly(240, 200);
        assertThat(factsPublished.getLast().at("/payload/effectivePreventionModels").asInt()).isEqualTo(1);
        assertThat(factsPublished.getLast().toString()).doesNotContain("Tổ tự quản");

        // the recorded appraisal run again on what was known when it was made: the same answer, though the addict has
        // left the list (backdated to June), a baseline was registered and the commitments corrected since
        JsonNode recomputed = mapper.readTree(http.getForObject(recorded.getHeaders().getLocation() + "/recomputation", String.class));
        assertThat(recomputed.get("same").asBoolean()).as(recomputed.toString()).isTrue();
        assertThat(recomputed.get("outcome").asText()).isEqualTo("NOT_DRUG_FREE");
        assertThat(recomputed.get("criteria")).isEqualTo(mapper.readTree(whatIf.getBody()).get("criteria"));
        assertThat(recomputed.get("eventPositions")).isEqualTo(appraisal.get("eventPositions"));
        assertThat(http.getForEntity("/api/appraisals/" + UUID.randomUUID() + "/recomputation", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // the council meets; recognition is refused for an area that failed, and the refusal (with reasons) is published
        String decision = recorded.getHeaders().getLocation() + "/decision";
        Map<String, Object> recognise = Map.of("recognized", true, "decisionNo", "12/QĐ-UBND", "decidedOn", "2026-11-23",
                "signer", "Chủ tịch UBND xã");
        assertThat(mapper.readTree(http.postForEntity(decision, recognise, String.class).getBody()).get("code").asText())
                .isEqualTo("REVIEW_REQUIRED");
        assertThat(http.postForEntity(recorded.getHeaders().getLocation() + "/reviews", Map.of("reviewedOn", "2026-11-22",
                "members", List.of("Chủ tịch UBND xã", "Trưởng Công an xã", "Trưởng thôn"), "votesFor", 2, "votesAgainst", 1),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mapper.readTree(http.postForEntity(decision, recognise, String.class).getBody()).get("code").asText())
                .isEqualTo("CRITERIA_NOT_MET");
        ResponseEntity<String> refused = http.postForEntity(decision, Map.of("recognized", false, "decisionNo", "12/QĐ-UBND",
                "decidedOn", "2026-11-23", "signer", "Chủ tịch UBND xã", "reasons", "Còn tụ điểm sử dụng ma túy"), String.class);
        assertThat(mapper.readTree(refused.getBody()).at("/decision/year").asInt()).isEqualTo(2026);
        JsonNode published = mapper.readTree(TopicRecords.readUntil(AssessmentTopics.EVENTS, appraisal.get("id").asText(),
                values -> !values.isEmpty()).getFirst());
        assertThat(published.get("eventType").asText()).isEqualTo("assessment.RecognitionDecided");
        assertThat(published.at("/payload/recognized").asBoolean()).isFalse();
        assertThat(published.toString()).doesNotContain("tụ điểm"); // the reasons stay here
        assertThat(http.postForEntity("/api/appraisals/" + UUID.randomUUID() + "/decision", recognise, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // one decision per area and year: a second appraisal of the year cannot get another
        ResponseEntity<String> second = http.postForEntity("/api/appraisals", Map.of("areaCode", "14600-01", "criteriaSet", "LOCAL_10",
                "asOf", "2026-11-20"), String.class);
        ResponseEntity<String> twice = http.postForEntity(second.getHeaders().getLocation() + "/decision", Map.of("recognized", false,
                "decisionNo", "13/QĐ-UBND", "decidedOn", "2026-11-23", "signer", "Chủ tịch UBND xã", "reasons", "Chưa đạt"), String.class);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mapper.readTree(twice.getBody()).get("code").asText()).isEqualTo("DECISION_EXISTS");
    }

    @Test
    void givenBadRequests_whenAppraised_thenProblemsAndNothingStored() throws Exception {
        area("94", "Hà Tĩnh", "PROVINCE", null);
        area("18100", "Xã Kỳ Anh", "COMMUNE", "94");
        area("18100-01", "Thôn 1", "VILLAGE", "18100");
        long before = mongo.getCollection("domainevents").countDocuments();

        ResponseEntity<String> unknown = http.postForEntity("/api/appraisals", Map.of("areaCode", "99999", "criteriaSet", "LOCAL_10",
                "asOf", "2026-11-20"), String.class);
        ResponseEntity<String> wrongLevel = http.postForEntity("/api/appraisals", Map.of("areaCode", "18100-01",
                "criteriaSet", "QD28_2025_COMMUNE_KEY_AREA", "asOf", "2026-11-20"), String.class);
        ResponseEntity<String> unknownSet = http.postForEntity("/api/appraisals", Map.of("areaCode", "18100", "criteriaSet", "QD99",
                "asOf", "2026-11-20"), String.class);
        ResponseEntity<String> future = http.postForEntity("/api/appraisals", Map.of("areaCode", "18100", "criteriaSet", "LOCAL_10",
                "asOf", "2099-01-01"), String.class);

        assertThat(mapper.readTree(unknown.getBody()).get("code").asText()).isEqualTo("AREA_UNKNOWN");
        assertThat(mapper.readTree(wrongLevel.getBody()).get("code").asText()).isEqualTo("CRITERIA_SET_NOT_FOR_LEVEL");
        assertThat(unknownSet.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
    }

    @Test
    void givenCommune_whenClassifiedForAnEndedYearAndApproved_thenRecordedOnceAndPublished() throws Exception {
        area("95", "Thanh Hóa", "PROVINCE", null);
        area("16100", "Xã Nga Sơn", "COMMUNE", "95");

        long before = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> running = http.postForEntity("/api/classifications", Map.of("communeCode", "16100", "year", 2026),
                String.class);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);
        ResponseEntity<String> classified = http.postForEntity("/api/classifications", Map.of("communeCode", "16100", "year", 2025),
                String.class);
        ResponseEntity<String> again = http.postForEntity("/api/classifications", Map.of("communeCode", "16100", "year", 2025),
                String.class);
        ResponseEntity<String> approved = http.postForEntity("/api/classifications/16100/2025/approval", Map.of("approvedOn", "2025-12-18",
                "decisionNo", "99/QĐ-UBND"), String.class);

        assertThat(mapper.readTree(running.getBody()).get("code").asText()).isEqualTo("PERIOD_NOT_OVER");
        assertThat(classified.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(mapper.readTree(classified.getBody()).get("type").asText()).isEqualTo("NONE");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before + 2); // the classification and its approval
        assertThat(mapper.readTree(approved.getBody()).get("approvedLate").asBoolean()).isFalse();
        JsonNode published = mapper.readTree(TopicRecords.readUntil(AssessmentTopics.EVENTS, "16100:2025", values -> !values.isEmpty())
                .getFirst());
        assertThat(published.get("eventType").asText()).isEqualTo("assessment.ClassificationApproved");
        assertThat(published.at("/payload/type").asText()).isEqualTo("NONE");
    }

    @Test
    void givenAKeyCommune_whenSelectedTransformedAndRelapsed_thenEachStepJudgedOnItsFactsAndPublished() throws Exception {
        area("37", "Ninh Bình", "PROVINCE", null);
        area("14650", "Xã Gia Trấn", "COMMUNE", "37");
        area("14650-01", "Thôn Bắc", "VILLAGE", "14650");
        String user = UUID.randomUUID().toString();
        publish(RegistryTopics.EVENTS, user, 0, SubjectRegistered.TYPE, LocalDate.of(2026, 2, 1), new SubjectRegistered(user,
                Category.ILLEGAL_USER, Sex.MALE, 1995, new Residence("14650", "14650-01"), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 2, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> mapper.readTree(http.getForObject("/api/areas/14650/facts?asOf=2026-03-01",
                String.class)).at("/facts/persons").size() == 1);

        ResponseEntity<String> village = http.postForEntity("/api/transformations", Map.of("communeCode", "14650-01",
                "selectedOn", "2026-03-01", "decisionNo", "5/QĐ-BCĐ"), String.class);
        assertThat(mapper.readTree(village.getBody()).get("code").asText()).isEqualTo("AREA_LEVEL_NOT_ALLOWED");
        ResponseEntity<String> selected = http.postForEntity("/api/transformations", Map.of("communeCode", "14650",
                "selectedOn", "2026-03-01", "decisionNo", "5/QĐ-BCĐ"), String.class);
        assertThat(selected.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(mapper.readTree(selected.getBody()).get("baselineType").asText()).isEqualTo("TYPE_III"); // a user on record
        assertThat(http.postForEntity("/api/transformations", Map.of("communeCode", "14650", "selectedOn", "2026-03-02",
                "decisionNo", "6/QĐ-BCĐ"), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        URI transformation = selected.getHeaders().getLocation();

        long before = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> tooSoon = http.postForEntity(transformation + "/completion", Map.of("transformedOn", "2026-04-01",
                "decisionNo", "9/QĐ-BCĐ"), String.class);
        assertThat(mapper.readTree(tooSoon.getBody()).get("code").asText()).isEqualTo("STILL_KEY_AREA");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);

        publish(RegistryTopics.EVENTS, user, 1, SubjectRemoved.TYPE, LocalDate.of(2026, 5, 1), new SubjectRemoved(user, "MOVED_ABROAD",
                LocalDate.of(2026, 5, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> mapper.readTree(http.getForObject("/api/areas/14650/facts?asOf=2026-05-02",
                String.class)).at("/facts/persons").isEmpty());
        assertThat(mapper.readTree(http.postForEntity(transformation + "/completion", Map.of("transformedOn", "2026-05-02",
                "decisionNo", "9/QĐ-BCĐ"), String.class).getBody()).get("stage").asText()).isEqualTo("TRANSFORMED");
        ResponseEntity<String> notRelapsed = http.postForEntity(transformation + "/relapse", Map.of("relapsedOn", "2026-05-03",
                "reason", "Nghi có người sử dụng"), String.class);
        assertThat(mapper.readTree(notRelapsed.getBody()).get("code").asText()).isEqualTo("NOT_RELAPSED");

        String another = UUID.randomUUID().toString();
        publish(RegistryTopics.EVENTS, another, 0, SubjectRegistered.TYPE, LocalDate.of(2026, 6, 1), new SubjectRegistered(another,
                Category.ADDICT, Sex.FEMALE, 1990, new Residence("14650", "14650-01"), "DOOR_TO_DOOR_REVIEW", LocalDate.of(2026, 6, 1)));
        await().atMost(Duration.ofSeconds(60)).until(() -> mapper.readTree(http.getForObject("/api/areas/14650/facts?asOf=2026-06-02",
                String.class)).at("/facts/persons").size() == 1);
        JsonNode relapsed = mapper.readTree(http.postForEntity(transformation + "/relapse", Map.of("relapsedOn", "2026-06-02",
                "reason", "Phát hiện người nghiện mới"), String.class).getBody());
        assertThat(relapsed.get("stage").asText()).isEqualTo("RELAPSED");
        assertThat(relapsed.get("relapseType").asText()).isEqualTo("TYPE_III");

        JsonNode overview = mapper.readTree(http.getForObject("/api/areas/37/transformations", String.class));
        assertThat(overview.at("/progress/selected").asInt()).isEqualTo(1);
        assertThat(overview.at("/progress/transformed").asInt()).isEqualTo(1);
        assertThat(overview.at("/progress/relapsed").asInt()).isEqualTo(1);
        assertThat(overview.at("/progress/transformedMet").asBoolean()).isTrue();
        assertThat(overview.at("/progress/notRelapsingMet").asBoolean()).isFalse();
        List<String> published = TopicRecords.readUntil(AssessmentTopics.EVENTS, transformation.getPath().substring("/api/transformations/"
                .length()), values -> values.size() == 3);
        assertThat(published).extracting(record -> mapper.readTree(record).at("/payload/stage").asText())
                .containsExactly("SELECTED", "TRANSFORMED", "RELAPSED");
        assertThat(String.join("", published)).doesNotContain("người nghiện mới").doesNotContain("9/QĐ-BCĐ");
        assertThat(http.postForEntity("/api/transformations/" + UUID.randomUUID() + "/relapse", Map.of("relapsedOn", "2026-06-02",
                "reason", "x"), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void givenTwoCommunesMergedThenSplit_whenTheirFactsAreRead_thenEachPersonCountedOnceWhereTheirVillageIsNow() throws Exception {
        area("46", "Quảng Bình", "PROVINCE", null);
        for (String commune : List.of("19501", "19502")) {
            area(commune, "Xã " + commune, "COMMUNE", "46");
            area(commune + "-01", "Thôn " + commune, "VILLAGE", commune);
        }
        area("19500", "Xã Bố Trạch", "COMMUNE", "46");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        for (String[] person : new String[][] {{first, "19501"}, {second, "19502"}}) {
            publish(RegistryTopics.EVENTS, person[0], 0, SubjectRegistered.TYPE, LocalDate.of(2026, 2, 1), new SubjectRegistered(person[0],
                    Category.ADDICT, Sex.MALE, 1990, new Residence(person[1], person[1] + "-01"), "DOOR_TO_DOOR_REVIEW",
                    LocalDate.of(2026, 2, 1)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> persons("19502", "2026-08-01") == 1 && persons("19501", "2026-08-01") == 1);

        assertThat(http.postForEntity("/api/areas/19500/mergers", Map.of("predecessorCodes", List.of("19501", "19502"),
                "effectiveOn", "2025-07-01", "decisionNo", "1680/NQ-UBTVQH15"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(codes("/api/areas?parentCode=19500")).containsExactly("19501-01", "19502-01");
        assertThat(codes("/api/areas?parentCode=46")).containsExactly("19500");
        assertThat(codes("/api/areas?parentCode=46&includeClosed=true")).containsExactly("19500", "19501", "19502");
        JsonNode closed = mapper.readTree(http.getForObject("/api/areas/19501", String.class));
        assertThat(closed.get("closedOn").asText()).isEqualTo("2025-07-01");
        assertThat(closed.get("successorCodes").get(0).asText()).isEqualTo("19500");
        assertThat(persons("19500", "2026-08-01")).isEqualTo(2); // recorded under the old communes, counted in the new one
        assertThat(persons("46", "2026-08-01")).isEqualTo(2); // the province counts them once

        long before = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> again = http.postForEntity("/api/areas/19500/mergers", Map.of("predecessorCodes", List.of("19501"),
                "effectiveOn", "2025-07-01", "decisionNo", "x"), String.class);
        assertThat(mapper.readTree(again.getBody()).get("code").asText()).isEqualTo("AREA_CLOSED");
        area("19503", "Xã Nam Trạch", "COMMUNE", "46");
        area("19504", "Xã Bắc Trạch", "COMMUNE", "46");
        before = mongo.getCollection("domainevents").countDocuments();
        ResponseEntity<String> incomplete = http.postForEntity("/api/areas/19500/splits", Map.of("successorCodes", List.of("19503", "19504"),
                "assignments", Map.of("19501-01", "19503"), "effectiveOn", "2026-09-01", "decisionNo", "9/NQ"), String.class);
        assertThat(mapper.readTree(incomplete.getBody()).get("code").asText()).isEqualTo("SPLIT_INCOMPLETE");
        assertThat(mapper.readTree(incomplete.getBody()).at("/errors/0/field").asText()).isEqualTo("assignments.19502-01");
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(before);

        assertThat(http.postForEntity("/api/areas/19500/splits", Map.of("successorCodes", List.of("19503", "19504"), "assignments",
                Map.of("19501-01", "19503", "19502-01", "19504"), "effectiveOn", "2026-09-01", "decisionNo", "9/NQ"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(persons("19503", "2026-10-01")).isEqualTo(1);
        assertThat(persons("19504", "2026-10-01")).isEqualTo(1);
        assertThat(persons("46", "2026-10-01")).isEqualTo(2);
        JsonNode renamed = mapper.readTree(http.postForEntity("/api/areas/19503/renames", Map.of("name", "Xã Nam Bố Trạch",
                "effectiveOn", "2026-10-01", "decisionNo", "12/NQ"), String.class).getBody());
        assertThat(renamed.get("name").asText()).isEqualTo("Xã Nam Bố Trạch");
        assertThat(renamed.at("/formerNames/0/name").asText()).isEqualTo("Xã Nam Trạch");

        List<String> changes = TopicRecords.readUntil(AssessmentTopics.EVENTS, "19500", values -> values.size() >= 3);
        assertThat(changes).extracting(record -> mapper.readTree(record).at("/payload/change").asText())
                .contains("MERGED", "SPLIT");
    }

    private int persons(String area, String asOf) throws Exception {
        return mapper.readTree(http.getForObject("/api/areas/" + area + "/facts?asOf=" + asOf, String.class)).at("/facts/persons").size();
    }

    private List<String> codes(String path) throws Exception {
        List<String> codes = new ArrayList<>();
        mapper.readTree(http.getForObject(path, String.class)).forEach(area -> codes.add(area.get("code").asText()));
        return codes;
    }

    private void area(String code, String name, String level, String parent) {
        Map<String, String> body = new HashMap<>(Map.of("code", code, "name", name, "level", level));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        http.postForEntity("/api/areas", body, String.class);
    }

    private void publish(String topic, String key, long version, String type, LocalDate on, Object payload) throws Exception {
        kafka.send(topic, key, mapper.writeValueAsString(new IntegrationEvent(UUID.randomUUID().toString(), type, 1, key, version, on,
                Instant.now(), Actor.system("test"), null, mapper.valueToTree(payload)))).get();
    }

    private JsonNode json(String record) {
        try {
            return mapper.readTree(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
