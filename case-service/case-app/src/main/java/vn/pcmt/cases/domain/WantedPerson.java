package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.RecordCapture;
import vn.pcmt.cases.domain.command.RecordHidingPlace;
import vn.pcmt.cases.domain.command.RegisterWantedPerson;
import vn.pcmt.cases.domain.event.HidingPlaceRecorded;
import vn.pcmt.cases.domain.event.WantedPersonCaptured;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * A drug fugitive (đối tượng truy nã về ma túy) believed to hide in an area until caught: QĐ 28/2025 Art. 6.2 and
 * seed 002's criterion 7 need every wanted drug offender hiding in the area caught.
 */
@Aggregate(cache = "wantedPersonCache")
public class WantedPerson {

    @AggregateIdentifier
    private String wantedId;
    private String hidingCommuneCode;
    private LocalDate since;
    private boolean captured;

    protected WantedPerson() {
        // for Axon
    }

    @CommandHandler
    public WantedPerson(RegisterWantedPerson command, AreaDirectory areas) {
        if (!DrugCrimes.ARTICLES.contains(command.article())) {
            throw Refusal.ruleViolated("ARTICLE_UNKNOWN", "Điều " + command.article() + " không phải tội phạm về ma túy "
                    + "(Điều 247–252, 255, 256, 256a Bộ luật Hình sự).",
                    new FieldProblem("article", "ARTICLE_UNKNOWN", "Không phải điều luật về ma túy."));
        }
        areas.requireVillageOf(command.hidingCommuneCode(), command.hidingVillageCode(), "hidingVillageCode");
        apply(new WantedPersonRegistered(command.wantedId(), command.fullName().strip(), command.subjectId(), command.warrantNo().strip(),
                command.article(), command.wantedSince(), command.hidingCommuneCode(), command.hidingVillageCode()));
    }

    @CommandHandler
    void handle(RecordHidingPlace command, AreaDirectory areas) {
        requireAtLarge();
        DateOrder.requireNotBefore(command.since(), since, "since");
        areas.requireVillageOf(command.communeCode(), command.villageCode(), "villageCode");
        apply(new HidingPlaceRecorded(wantedId, hidingCommuneCode, command.communeCode(), command.villageCode(), command.since()));
    }

    @CommandHandler
    void handle(RecordCapture command) {
        requireAtLarge();
        DateOrder.requireNotBefore(command.capturedOn(), since, "capturedOn");
        apply(new WantedPersonCaptured(wantedId, hidingCommuneCode, command.capturedOn(), command.communeCode(), command.surrendered()));
    }

    @EventSourcingHandler
    void on(WantedPersonRegistered event) {
        wantedId = event.wantedId();
        hidingCommuneCode = event.hidingCommuneCode();
        since = event.wantedSince();
    }

    @EventSourcingHandler
    void on(HidingPlaceRecorded event) {
        hidingCommuneCode = event.communeCode();
        since = event.since();
    }

    @EventSourcingHandler
    void on(WantedPersonCaptured event) {
        captured = true;
    }

    private void requireAtLarge() {
        if (captured) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Đối tượng đã bị bắt.",
                    new FieldProblem("wantedId", "TRANSITION_NOT_ALLOWED", "Đã bị bắt."));
        }
    }
}
