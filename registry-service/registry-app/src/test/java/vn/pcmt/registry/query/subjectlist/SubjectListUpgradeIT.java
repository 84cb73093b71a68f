package vn.pcmt.registry.query.subjectlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.pcmt.embedded.test.InfrastructureExtension;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.FoundBy;
import vn.pcmt.registry.domain.ManagementKind;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.Sex;
import vn.pcmt.registry.domain.command.RegisterSubject;
import vn.pcmt.registry.domain.command.StartManagementPeriod;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * A list document written by an older projection is rewritten from the events (sealing a name stored readable); a
 * citizen number claim stored readable is re-keyed by its blind index.
 */
@ExtendWith(InfrastructureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the other ITs' context, not a second one
class SubjectListUpgradeIT {

    @Autowired
    Commands commands;
    @Autowired
    AreaDirectoryRepository areas;
    @Autowired
    SubjectListRepository documents;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    SubjectListUpgrade upgrade;
    @Autowired
    SubjectListIndex index;

    @Test
    void givenDocumentOfAnOlderSchema_whenUpgraded_thenRewrittenFromTheEvents() {
        areas.save(new AreaDirectoryDocument("51000-01", "Thôn 1", "VILLAGE", "51000"));
        String id = UUID.randomUUID().toString();
        LocalDate found = LocalDate.of(2026, 2, 1);
        commands.send(new RegisterSubject(id, "Đinh Văn Hải", LocalDate.of(1980, 1, 1), Sex.MALE, null, "Chưa được cấp",
                new Residence("51000", "51000-01", null), Category.ILLEGAL_USER, FoundBy.DRUG_TEST, found, true),
                Actor.system("test"), found);
        commands.send(new StartManagementPeriod(id, null, ManagementKind.ILLEGAL_USER, "1/QĐ", found), Actor.system("test"), found);
        await().atMost(Duration.ofSeconds(30)).until(() -> documents.findById(id).map(d -> d.version() == 1).orElse(false));
        // as schema 2 wrote it: the name readable, matched by its plain reduced form
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("schema", 2).unset("managementEnds")
                .set("fullName", "Đinh Văn Hải").set("nameKey", "dinh van hai"), SubjectListDocument.class);

        upgrade.rewriteOutdated();

        SubjectListDocument rewritten = documents.findById(id).orElseThrow();
        assertThat(rewritten.schema()).isEqualTo(SubjectListDocument.SCHEMA);
        assertThat(rewritten.managementEnds()).isEqualTo(Map.of(ManagementKind.ILLEGAL_USER, LocalDate.of(2027, 1, 31)));
        assertThat(rewritten.fullName()).isEqualTo("Đinh Văn Hải"); // read opened
        org.bson.Document stored = mongo.getCollection(SubjectListDocument.COLLECTION).find(new org.bson.Document("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain("Đinh Văn Hải").doesNotContain("dinh van hai"); // stored sealed
        assertThat(index.namesakes("51000", "đinh văn  HẢI", LocalDate.of(1980, 1, 1))).containsExactly(id);
    }

    @Test
    void givenACitizenNumberClaimStoredReadable_whenUpgraded_thenKeyedByItsBlindIndexAndStillHeld() {
        mongo.getCollection(SubjectListIndex.CLAIMS).insertOne(new org.bson.Document("_id", "051080006666")
                .append("subjectId", "holder-1").append("claimedAt", new java.util.Date()));

        upgrade.rewriteOutdated();
        upgrade.rewriteOutdated(); // again: nothing more to do

        assertThat(mongo.getCollection(SubjectListIndex.CLAIMS).find().map(org.bson.Document::toJson).into(new java.util.ArrayList<>()))
                .noneMatch(claim -> claim.contains("051080006666"))
                .anyMatch(claim -> claim.contains("holder-1"));
        assertThat(index.claimNationalId("051080006666", "other-2")).contains("holder-1"); // the number is still taken
        index.releaseNationalId("051080006666", "holder-1");
        assertThat(index.claimNationalId("051080006666", "other-2")).isEmpty();
    }
}
