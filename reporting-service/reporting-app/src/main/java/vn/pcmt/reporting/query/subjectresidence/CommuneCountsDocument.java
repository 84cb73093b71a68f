package vn.pcmt.reporting.query.subjectresidence;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * How many subjects recorded under a commune are on the list today, by the village they live in (none when not known)
 * and category ({@code rows}), by village and treatment under way ({@code treatments}) and by village and flag raised
 * ({@code flags}; both absent in counts made before they were counted): counted from the subject residences of one version ({@link CommuneCounts}), never added up from events.
 * {@code villageCodes} lists the villages of the rows, so a village is found whatever commune its people are recorded
 * under; {@code ticket} orders the counts, so an older one never replaces a newer.
 */
public record CommuneCountsDocument(@Id String communeCode, List<String> villageCodes, List<Row> rows, List<Tally> treatments,
                                    List<Tally> flags, long ticket) {

    public CommuneCountsDocument {
        treatments = treatments == null ? List.of() : treatments;
        flags = flags == null ? List.of() : flags;
    }

    public record Row(String villageCode, String category, long count) {
    }

    /** How many in a village have {@code value} (a kind of treatment, a flag). */
    public record Tally(String villageCode, String value, long count) {
    }
}
