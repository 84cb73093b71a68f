package vn.pcmt.assessment.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.DrugFreeRegistration;
import vn.pcmt.assessment.domain.RegistrationKind;
import vn.pcmt.assessment.domain.command.RegisterDrugFreeArea;
import vn.pcmt.assessment.domain.criteria.PersonFact;
import vn.pcmt.assessment.query.appraisal.AppraisalRepository;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaScope;
import vn.pcmt.assessment.query.personhistory.PersonHistories;
import vn.pcmt.assessment.query.registration.RegistrationDocument;
import vn.pcmt.assessment.query.registration.RegistrationRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;

/**
 * Registrations to build or maintain a drug-free village or commune (API.md, "Areas"): the baseline of addicts and
 * illegal users in the community is counted from the registry's histories on the registration day and fixed.
 */
@RestController
@RequestMapping("/api/drug-free-registrations")
@Validated
public class RegistrationController {

    private final Commands commands;
    private final KnownAreas areas;
    private final PersonHistories persons;
    private final AreaScope scope;
    private final RegistrationRepository registrations;
    private final AppraisalRepository appraisals;
    private final AreaAccess access;

    public RegistrationController(Commands commands, KnownAreas areas, PersonHistories persons, AreaScope scope,
                                  RegistrationRepository registrations, AppraisalRepository appraisals, AreaAccess access) {
        this.access = access;
        this.commands = commands;
        this.areas = areas;
        this.persons = persons;
        this.scope = scope;
        this.registrations = registrations;
        this.appraisals = appraisals;
    }

    @PostMapping
    ResponseEntity<RegistrationDocument> register(@Valid @RequestBody RegistrationRequest request) {
        access.requireArea(Need.WRITE, request.areaCode(), "areaCode");
        AreaDirectoryDocument area = areas.referenced(request.areaCode(), "areaCode");
        if (area.level() == AreaLevel.PROVINCE) {
            throw Refusal.ruleViolated("AREA_LEVEL_NOT_ALLOWED", "Chỉ thôn, xã đăng ký xây dựng địa bàn không ma túy.",
                    new FieldProblem("areaCode", "AREA_LEVEL_NOT_ALLOWED", "Chỉ thôn, xã."));
        }
        if (request.kind() == RegistrationKind.MAINTAIN
                && !appraisals.existsByAreaCodeAndDecisionYearAndDecisionRecognizedTrue(request.areaCode(), request.year() - 1)) {
            throw Refusal.ruleViolated("NOT_RECOGNISED_LAST_YEAR", "Địa bàn chưa được công nhận không ma túy năm " + (request.year() - 1)
                    + ": đăng ký xây dựng (BUILD), không phải giữ vững.", new FieldProblem("kind", "NOT_RECOGNISED_LAST_YEAR",
                    "Chỉ giữ vững được danh hiệu của năm trước."));
        }
        String id = DrugFreeRegistration.id(request.areaCode(), request.year());
        if (registrations.existsById(id)) {
            throw Refusal.conflict("REGISTRATION_DUPLICATE", "Địa bàn " + request.areaCode() + " đã đăng ký cho năm " + request.year() + ".",
                    new FieldProblem("year", "DUPLICATE", "Đã đăng ký năm này."));
        }
        long baseline = persons.residents(scope.codesOf(request.areaCode()), request.registeredOn()).stream().filter(PersonFact::userInCommunity).count();
        commands.send(new RegisterDrugFreeArea(id, request.areaCode(), request.year(), request.kind(), request.registeredOn(), baseline),
                request.registeredOn());
        RegistrationDocument registered = registrations.findById(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/drug-free-registrations?areaCode=" + request.areaCode() + "&year=" + request.year()))
                .body(registered);
    }

    @GetMapping
    RegistrationDocument find(@RequestParam @AreaCode String areaCode, @RequestParam @Min(2020) @Max(2100) int year) {
        access.requireArea(Need.READ, areaCode, "areaCode");
        return registrations.findById(DrugFreeRegistration.id(areaCode, year)).orElseThrow(() -> Refusal.notFound("REGISTRATION_UNKNOWN",
                "Địa bàn " + areaCode + " chưa đăng ký cho năm " + year + "."));
    }
}
