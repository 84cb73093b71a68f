package vn.pcmt.cases.domain.command;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.cases.domain.Tipster;

/**
 * A tip received by {@code receivedBy} (the officer's user id) about a commune (and village): anonymous without a
 * {@code tipster}, otherwise with one.
 */
public record ReceiveTip(
        @TargetAggregateIdentifier String tipId,
        TipChannel channel,
        LocalDate receivedOn,
        String communeCode,
        String villageCode,
        String content,
        boolean anonymous,
        Tipster tipster,
        String receivedBy) {
}
