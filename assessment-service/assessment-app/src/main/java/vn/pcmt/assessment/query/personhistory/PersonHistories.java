package vn.pcmt.assessment.query.personhistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.domain.facts.PersonHistory;
import vn.pcmt.assessment.domain.facts.TimelineEntry;

/** Keeps the subjects' histories and answers an area's persons as of a date. */
@Component
public class PersonHistories {

    private final PersonHistoryRepository histories;

    public PersonHistories(PersonHistoryRepository histories) {
        this.histories = histories;
    }

    /** Appends an entry (the caller applies each published event once); a residence adds its commune and village. */
    public void append(String subjectId, TimelineEntry entry) {
        Optional<PersonHistoryDocument> found = histories.findById(subjectId);
        List<TimelineEntry> entries = new ArrayList<>(found.map(PersonHistoryDocument::entries).orElse(List.of()));
        entries.add(entry);
        Set<String> areas = new LinkedHashSet<>(found.map(PersonHistoryDocument::areaCodes).orElse(List.of()));
        Stream.of(entry.communeCode(), entry.villageCode()).filter(code -> code != null).forEach(areas::add);
        histories.save(new PersonHistoryDocument(subjectId, entries, List.copyOf(areas)));
    }

    /** The persons on the registry who lived in {@code areaCode} (a commune or village) on {@code date}. */
    public List<PersonFact> residents(String areaCode, LocalDate date) {
        return histories.findByAreaCodes(areaCode).stream()
                .map(document -> new PersonHistory(document.subjectId(), document.entries()).asOf(date, areaCode))
                .flatMap(Optional::stream)
                .toList();
    }
}
