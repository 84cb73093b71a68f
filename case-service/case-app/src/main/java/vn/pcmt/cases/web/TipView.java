package vn.pcmt.cases.web;

import java.time.LocalDate;

import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.cases.domain.TipOutcome;
import vn.pcmt.cases.domain.TipStage;
import vn.pcmt.cases.domain.Tipster;
import vn.pcmt.cases.query.tip.TipDocument;

/**
 * A tip as the caller may see it: {@code tipster} only for the officers handling it; {@code tipsterWithheld} says a
 * named tipster exists but is not shown. The list of handlers is not shown either.
 */
public record TipView(
        String tipId,
        TipChannel channel,
        LocalDate receivedOn,
        String communeCode,
        String villageCode,
        String content,
        boolean anonymous,
        Tipster tipster,
        boolean tipsterWithheld,
        boolean urgent,
        TipStage stage,
        LocalDate stageOn,
        Boolean confirmed,
        String findings,
        TipOutcome outcome,
        String referenceId,
        String dismissReason,
        long version) {

    static TipView of(TipDocument tip, boolean tipsterVisible) {
        boolean shown = tipsterVisible && tip.tipster() != null;
        return new TipView(tip.tipId(), tip.channel(), tip.receivedOn(), tip.communeCode(), tip.villageCode(), tip.content(),
                tip.anonymous(), shown ? tip.tipster() : null, tip.tipster() != null && !shown, tip.urgent(), tip.stage(), tip.stageOn(),
                tip.confirmed(), tip.findings(), tip.outcome(), tip.referenceId(), tip.dismissReason(), tip.version());
    }
}
