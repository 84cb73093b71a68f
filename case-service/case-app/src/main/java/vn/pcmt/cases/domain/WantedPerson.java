package vn.pcmt.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.cases.domain.command.EraseWantedPerson;
import vn.pcmt.cases.domain.command.RecordCapture;
import vn.pcmt.cases.domain.command.RecordHidingPlace;
import vn.pcmt.cases.domain.command.RegisterWantedPerson;
import vn.pcmt.cases.domain.event.HidingPlaceRecorded;
import vn.pcmt.cases.domain.event.WantedPersonCaptured;
import vn.pcmt.cases.domain.event.WantedPersonErased;
import vn.pcmt.cases.domain.event.WantedPersonRegistered;
import vn.pcmt.platform.privacy.Retention;
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
    private LocalDate capturedOn;
    private boolean erased;

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

    /**
     * The end of retention: a person caught, once the retention has run since the capture. Answers their id, which keys
     * their name, for the caller to destroy; sent again, it records nothing and answers it again.
     */
    @CommandHandler
    List<String> handle(EraseWantedPerson command, Retention retention) {
        if (!erased) {
            if (capturedOn == null) {
                throw PersonalDataErasure.stillOpen("Việc truy nã", "wantedId");
            }
            retention.requireEndedBy(capturedOn, command.erasedOn(), "erasedOn");
            apply(new WantedPersonErased(wantedId, command.erasedOn(), command.reason().strip()));
        }
        return List.of(wantedId);
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
        capturedOn = event.capturedOn();
    }

    @EventSourcingHandler
    void on(WantedPersonErased event) {
        erased = true;
    }

    private void requireAtLarge() {
        if (capturedOn != null) {
            throw Refusal.ruleViolated("TRANSITION_NOT_ALLOWED", "Đối tượng đã bị bắt.",
                    new FieldProblem("wantedId", "TRANSITION_NOT_ALLOWED", "Đã bị bắt."));
        }
    }
}
