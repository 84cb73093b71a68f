package vn.pcmt.registry.query.subjectfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.registry.domain.RecordedChange;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.event.DuplicateAbsorbed;
import vn.pcmt.registry.domain.event.EntryRetracted;
import vn.pcmt.registry.domain.event.SubjectChange;
import vn.pcmt.registry.domain.event.SubjectDetailsCorrected;
import vn.pcmt.registry.domain.event.SubjectMoved;
import vn.pcmt.registry.domain.event.SubjectRegistered;

/**
 * Folds a subject's events the way the aggregate does, optionally only those effective by a date and recorded by an
 * instant. The events are the record, so a past answer is recomputed, never stored, and survives any correction made
 * later: asking "as known at" the moment a report was sent gives that report's figures back.
 */
@Component
public class SubjectFiles {

    private final EventStore events;

    public SubjectFiles(EventStore events) {
        this.events = events;
    }

    /** The current file, or empty if there is no such subject. */
    public Optional<Versioned> find(String subjectId) {
        return find(subjectId, null, null);
    }

    /**
     * @param asOf    keep events whose effective date is on or before this date (null: all)
     * @param knownAt keep events recorded at or before this instant (null: all)
     * @return empty if the subject does not exist, or was not yet registered as of {@code asOf}/{@code knownAt}
     */
    public Optional<Versioned> find(String subjectId, LocalDate asOf, Instant knownAt) {
        SubjectRegistered registration = null;
        List<RecordedChange> changes = new ArrayList<>();
        long version = -1;
        DomainEventStream stream = events.readEvents(subjectId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            version = event.getSequenceNumber();
            if (knownAt != null && event.getTimestamp().isAfter(knownAt)) {
                continue;
            }
            // a correction or a retraction says what was always true, so it applies to every earlier date too
            if (asOf != null && EventMetaData.effectiveDate(event).isAfter(asOf)
                    && !(event.getPayload() instanceof SubjectDetailsCorrected || event.getPayload() instanceof EntryRetracted)) {
                continue;
            }
            if (event.getPayload() instanceof SubjectRegistered registered) {
                registration = registered;
            } else if (event.getPayload() instanceof SubjectChange change) {
                Object correlationId = event.getMetaData().get("correlationId");
                changes.add(new RecordedChange(event.getSequenceNumber(), correlationId == null ? null : correlationId.toString(), change));
            }
        }
        return registration == null ? Optional.empty()
                : Optional.of(new Versioned(SubjectFile.fold(registration, changes), version));
    }

    /**
     * Every event of the subject, and of the duplicates merged into it, in the order recorded; each entry names the
     * subject record it was stored on. With {@code communeCode}, only what happened while the person lived in that
     * commune (by effective date): what a commune the person moved away from still sees.
     */
    public List<HistoryEntry> history(String subjectId, String communeCode) {
        List<HistoryEntry> entries = new ArrayList<>();
        List<String> records = new ArrayList<>(List.of(subjectId));
        Set<String> seen = new HashSet<>(records);
        for (int i = 0; i < records.size(); i++) {
            String record = records.get(i);
            List<? extends DomainEventMessage<?>> stream = events.readEvents(record).asStream().toList();
            SubjectFile file = communeCode == null ? null : find(record).map(Versioned::file).orElse(null);
            for (DomainEventMessage<?> event : stream) {
                if (event.getPayload() instanceof DuplicateAbsorbed absorbed && seen.add(absorbed.duplicateId())) {
                    records.add(absorbed.duplicateId());
                }
                if (file == null || livedIn(file, communeCode, event)) {
                    entries.add(entry(record, event));
                }
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::recordedAt));
        return entries;
    }

    private static boolean livedIn(SubjectFile file, String communeCode, DomainEventMessage<?> event) {
        if (event.getPayload() instanceof SubjectMoved moved) {
            // both communes see the move: one the departure, the other the arrival
            return moved.from().communeCode().equals(communeCode) || moved.to().communeCode().equals(communeCode);
        }
        // events dated before registration belong to the commune that registered the person
        var period = file.residenceOn(EventMetaData.effectiveDate(event)).orElse(file.residences().getFirst());
        return period.residence().communeCode().equals(communeCode);
    }

    private static HistoryEntry entry(String subjectId, DomainEventMessage<?> event) {
        return new HistoryEntry(subjectId, event.getSequenceNumber(), event.getPayloadType().getSimpleName(),
                EventMetaData.effectiveDate(event), event.getTimestamp(), EventMetaData.actor(event), event.getPayload());
    }

    /** A file and the subject's latest version (what {@code If-Match} compares with), whatever the cut-off. */
    public record Versioned(SubjectFile file, long version) {
    }

    public record HistoryEntry(String subjectId, long version, String type, LocalDate effectiveDate, Instant recordedAt, Actor actor,
                               Object data) {
    }
}
