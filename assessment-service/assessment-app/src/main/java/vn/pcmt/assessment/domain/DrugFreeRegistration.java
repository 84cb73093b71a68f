package vn.pcmt.assessment.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.pcmt.assessment.domain.command.RegisterDrugFreeArea;
import vn.pcmt.assessment.domain.event.DrugFreeAreaRegistered;
import vn.pcmt.assessment.domain.facts.ProgrammeYear;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * An area's registration for one programme year (id {@code areaCode:year}, so an area registers once a year): the
 * baseline of addicts and users fixed on the registration day, which criterion 4 of the local scheme compares against.
 */
@Aggregate
public class DrugFreeRegistration {

    @AggregateIdentifier
    private String registrationId;

    protected DrugFreeRegistration() {
        // for Axon
    }

    @CommandHandler
    public DrugFreeRegistration(RegisterDrugFreeArea command) {
        ProgrammeYear year = new ProgrammeYear(command.year());
        if (command.registeredOn().isAfter(year.lastDay())) {
            throw Refusal.ruleViolated("REGISTRATION_LATE", "Năm " + command.year() + " đã kết thúc ngày " + year.lastDay()
                    + "; không thể đăng ký sau ngày đó.", new FieldProblem("registeredOn", "REGISTRATION_LATE", "Sau khi năm đã kết thúc."));
        }
        if (command.registeredOn().isBefore(year.firstDay().minusYears(1))) {
            throw Refusal.ruleViolated("REGISTRATION_EARLY", "Chỉ đăng ký cho năm " + command.year() + " từ ngày "
                    + year.firstDay().minusYears(1) + ".", new FieldProblem("year", "REGISTRATION_EARLY", "Quá sớm cho năm này."));
        }
        apply(new DrugFreeAreaRegistered(command.registrationId(), command.areaCode(), command.year(), command.kind(),
                command.registeredOn(), command.baselineUsers()));
    }

    @EventSourcingHandler
    void on(DrugFreeAreaRegistered event) {
        registrationId = event.registrationId();
    }

    /** The registration of {@code areaCode} for {@code year}. */
    public static String id(String areaCode, int year) {
        return areaCode + ":" + year;
    }
}
