package vn.pcmt.assessment.query.personhistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.facts.EventPositions;
import vn.pcmt.assessment.domain.facts.PersonHistory;
import vn.pcmt.assessment.domain.facts.TimelineEntry;

/** Keeps the subjects' histories and answers an area's persons as of a date. */
@Component
public class PersonHistories {

    private final PersonHistoryRepository histories;
    private final MongoTemplate mongo;

    public PersonHistories(PersonHistoryRepository histories, MongoTemplate mongo) {
        this.histories = histories;
        this.mongo = mongo;
    }

    /** An entry for a subject's history. */
    public record Append(String subjectId, TimelineEntry entry) {
    }

    /**
     * Appends entries in order in one write, without reading the histories back (the caller applies each published
     * event once); a residence adds its commune and village to the areas the subject lived in.
     */
    public void appendAll(List<Append> appends) {
        if (appends.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, PersonHistoryDocument.class);
        appends.forEach(append -> bulk.upsert(Query.query(Criteria.where("_id").is(append.subjectId())), update(append.entry())));
        bulk.execute();
    }

    private Update update(TimelineEntry entry) {
        Update update = new Update().push("entries", entry);
        Object[] areas = Stream.of(entry.communeCode(), entry.villageCode()).filter(Objects::nonNull).toArray();
        if (areas.length > 0) {
            update.addToSet("areaCodes").each(areas);
        }
        return update;
    }

    /** The persons on the registry who lived in {@code areaCode} (a commune or village) on {@code date}. */
    public List<PersonFact> residents(String areaCode, LocalDate date) {
        return residents(Set.of(areaCode), date);
    }

    /** The persons on the registry who lived in the area known by {@code areaCodes} on {@code date}. */
    public List<PersonFact> residents(Set<String> areaCodes, LocalDate date) {
        return histories(areaCodes, null).stream().map(history -> history.asOf(date, areaCodes)).flatMap(Optional::stream).toList();
    }

    /**
     * The histories of the subjects who ever lived in the area known by {@code areaCodes}, with only the entries
     * {@code known} includes ({@code null}: every entry kept so far).
     */
    public List<PersonHistory> histories(Set<String> areaCodes, EventPositions known) {
        return histories.findByAreaCodesIn(areaCodes).stream()
                .map(document -> new PersonHistory(document.subjectId(), known == null ? document.entries()
                        : document.entries().stream().filter(entry -> known.includes(entry.position())).toList()))
                .toList();
    }
}
