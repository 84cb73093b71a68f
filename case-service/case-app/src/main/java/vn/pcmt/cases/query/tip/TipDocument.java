package vn.pcmt.cases.query.tip;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.cases.domain.TipOutcome;
import vn.pcmt.cases.domain.TipStage;
import vn.pcmt.cases.domain.Tipster;

/** {@code handlers}: the user ids of the receiving officer and those assigned at triage. */
@Document("tip")
@CompoundIndex(name = "commune_received", def = "{'communeCode': 1, 'receivedOn': -1}")
public record TipDocument(
        @Id String tipId,
        TipChannel channel,
        LocalDate receivedOn,
        String communeCode,
        String villageCode,
        String content,
        boolean anonymous,
        Tipster tipster,
        List<String> handlers,
        boolean urgent,
        TipStage stage,
        LocalDate stageOn,
        Boolean confirmed,
        String findings,
        TipOutcome outcome,
        String referenceId,
        String dismissReason,
        long version) {
}
