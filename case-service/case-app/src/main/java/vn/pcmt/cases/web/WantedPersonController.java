package vn.pcmt.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.cases.domain.command.RecordCapture;
import vn.pcmt.cases.domain.command.RecordHidingPlace;
import vn.pcmt.cases.domain.command.RegisterWantedPerson;
import vn.pcmt.cases.query.wantedperson.WantedPersonDocument;
import vn.pcmt.cases.query.wantedperson.WantedPersonRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.web.AreaCode;
import vn.pcmt.platform.web.Versions;

/** Drug fugitives believed to hide in an area (API.md, "Cases": {@code /api/wanted-persons}). */
@RestController
@RequestMapping("/api/wanted-persons")
@Validated
public class WantedPersonController {

    private final Commands commands;
    private final WantedPersonRepository wanted;
    private final CaseAccess access;
    private final AccessLog accessLog;

    public WantedPersonController(Commands commands, WantedPersonRepository wanted, CaseAccess access, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.access = access;
        this.commands = commands;
        this.wanted = wanted;
    }

    @PostMapping
    ResponseEntity<WantedPersonDocument> register(@Valid @RequestBody RegisterWantedPersonRequest request) {
        String wantedId = UUID.randomUUID().toString();
        access.requireArea(Need.WRITE, request.hidingCommuneCode(), request.hidingVillageCode());
        commands.send(new RegisterWantedPerson(wantedId, request.fullName(), request.subjectId() == null ? null
                : request.subjectId().toString(), request.warrantNo(), request.article(), request.wantedSince(),
                request.hidingCommuneCode(), request.hidingVillageCode()), request.wantedSince());
        WantedPersonDocument person = wanted.findById(wantedId).orElseThrow();
        accessLog.read(List.of(idOf(person)));
        return ResponseEntity.created(URI.create("/api/wanted-persons/" + wantedId)).eTag(Versions.etag(person.version())).body(person);
    }

    @PostMapping("/{id}/hiding-places")
    ResponseEntity<WantedPersonDocument> hidingPlace(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody HidingPlaceRequest request) {
        return send(id, new RecordHidingPlace(id.toString(), Versions.ifMatch(ifMatch), request.communeCode(), request.villageCode(),
                request.since()), request.since());
    }

    @PostMapping("/{id}/capture")
    ResponseEntity<WantedPersonDocument> capture(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody CaptureRequest request) {
        return send(id, new RecordCapture(id.toString(), Versions.ifMatch(ifMatch), request.capturedOn(), request.communeCode(),
                request.surrendered()), request.capturedOn());
    }

    @GetMapping("/{id}")
    ResponseEntity<WantedPersonDocument> find(@PathVariable UUID id) {
        WantedPersonDocument person = wanted.findById(id.toString()).orElseThrow(WantedPersonController::unknown);
        access.require(Need.READ, person, place(person), WantedPersonController::unknown);
        accessLog.read(List.of(idOf(person)));
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
    }

    /** Wanted persons believed to hide in a commune; {@code atLarge=true}: not yet caught. */
    @GetMapping
    List<WantedPersonDocument> list(@RequestParam @AreaCode String communeCode, @RequestParam(defaultValue = "false") boolean atLarge) {
        access.requireArea(Need.READ, communeCode, null);
        List<WantedPersonDocument> found = wanted.findByHidingCommuneCodeOrderByWantedSinceDesc(communeCode).stream()
                .filter(person -> !atLarge || person.atLarge())
                .toList();
        accessLog.read(found.stream().map(WantedPersonController::idOf).toList());
        return found;
    }

    private ResponseEntity<WantedPersonDocument> send(UUID id, Object command, LocalDate effectiveDate) {
        WantedPersonDocument person = ExistingRecord.change(wanted, id.toString(), WantedPersonController::unknown, access, WantedPersonController::place,
                () -> commands.send(command, effectiveDate));
        accessLog.read(List.of(idOf(person)));
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
    }

    private static Refusal unknown() {
        return Refusal.notFound("WANTED_PERSON_UNKNOWN", "Không tìm thấy đối tượng truy nã.");
    }

    /** The wanted person as the registry subject they are, else by their id among wanted persons. */
    private static String idOf(WantedPersonDocument person) {
        return person.subjectId() != null ? person.subjectId() : person.wantedId();
    }

    private static CaseAccess.Place place(WantedPersonDocument d) {
        return new CaseAccess.Place(d.hidingCommuneCode(), d.hidingVillageCode());
    }
}
