package vn.pcmt.assessment.query.areafacts;

import java.time.Instant;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.PreventionModel;
import vn.pcmt.assessment.domain.event.AreaFactsRecorded;
import vn.pcmt.platform.axon.EventMetaData;

/** {@code id}: the area code and the year, {@code 17167:2026}; {@code version}: the area aggregate's, for If-Match. */
@Document("area_facts")
public record AreaFactsDocument(
        @Id String id,
        String areaCode,
        int year,
        long population,
        long households,
        long householdsCommitted,
        boolean onRoute,
        List<PreventionModel> preventionModels,
        String evidence,
        String recordedBy,
        Instant recordedAt,
        long version) {

    static AreaFactsDocument of(AreaFactsRecorded e, DomainEventMessage<?> message) {
        return new AreaFactsDocument(id(e.code(), e.year()), e.code(), e.year(), e.population(), e.households(), e.householdsCommitted(),
                e.onRoute(), e.preventionModels(), e.evidence(), EventMetaData.actor(message).userId(), message.getTimestamp(),
                message.getSequenceNumber());
    }

    public static String id(String areaCode, int year) {
        return areaCode + ":" + year;
    }
}
