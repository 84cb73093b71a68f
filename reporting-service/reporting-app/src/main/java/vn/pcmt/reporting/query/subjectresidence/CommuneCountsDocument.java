package vn.pcmt.reporting.query.subjectresidence;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * How many subjects recorded under a commune are on the list today, by the village they live in (none when not known)
 * and category: counted from the subject residences of one version ({@link CommuneCounts}), never added up from events.
 * {@code villageCodes} lists the villages of the rows, so a village is found whatever commune its people are recorded
 * under; {@code ticket} orders the counts, so an older one never replaces a newer.
 */
public record CommuneCountsDocument(@Id String communeCode, List<String> villageCodes, List<Row> rows, long ticket) {

    public record Row(String villageCode, String category, long count) {
    }
}
