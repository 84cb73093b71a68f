package vn.pcmt.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.privacy.Retention;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.Versions;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.query.subjectfile.StoredIdentity;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;
import vn.pcmt.registry.query.subjectlist.FindSubjects;

/**
 * Erasure at the end of retention (crypto-shredding), for administrators only: the subjects due are listed, and an
 * erasure (allowed once the retention of {@code pcmt.privacy.retention} since the removal has ended) is recorded, then the
 * subject's personal data key is destroyed, so their name and identity number read as erased in every stored event
 * and every copy of the event store, while their statuses and the statistics stay. Duplicates merged into the subject
 * are the same person: they are erased with it. A subject with events stored before sealing began cannot be erased
 * this way (409 {@code IDENTITY_NOT_SEALED}, nothing recorded). The answer names nobody. A request that stopped between
 * the steps is made good by {@code PersonalDataKeysProjection}, which destroys the key of every stored erasure; sent
 * again, it destroys the keys again at once.
 */
@RestController
public class SubjectErasureController {

    private final Commands commands;
    private final SubjectFiles files;
    private final FindSubjects subjects;
    private final PersonalDataKeys keys;
    private final StoredIdentity storedIdentity;
    private final Retention retention;
    private final Clock clock;

    public SubjectErasureController(Commands commands, SubjectFiles files, FindSubjects subjects, PersonalDataKeys keys,
                                    StoredIdentity storedIdentity, Retention retention, Clock clock) {
        this.commands = commands;
        this.files = files;
        this.subjects = subjects;
        this.keys = keys;
        this.storedIdentity = storedIdentity;
        this.retention = retention;
        this.clock = clock;
    }

    /**
     * The subjects whose retention has ended and whose identity is not erased yet, longest off the list first: what an
     * administrator erases next. Ids, communes and dates only.
     */
    @GetMapping("/api/subjects/erasures-due")
    ErasuresDue due(@RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Retention.requireAdministrator();
        LocalDate today = LocalDate.now(clock);
        FindSubjects.DuePage found = subjects.erasuresDue(today.minus(retention.afterClosing()), page, size);
        return new ErasuresDue(found.items().stream().map(due -> new ErasureDue(due.subjectId(), due.communeCode(), due.removedOn(),
                retention.endsOn(due.removedOn()))).toList(), found.page(), found.size(), found.total());
    }

    @PostMapping("/api/subjects/{id}/erasure")
    Erasure erase(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                  @Valid @RequestBody EraseSubjectRequest request) {
        Retention.requireAdministrator();
        SubjectFile file = files.find(id.toString()).orElseThrow(SubjectController::unknown).file();
        List<String> person = new ArrayList<>(List.of(id.toString()));
        person.addAll(file.duplicates());
        if (!person.stream().allMatch(storedIdentity::sealed)) {
            throw Refusal.conflict("IDENTITY_NOT_SEALED", "Hồ sơ có sự kiện được lưu trước khi mã hóa thông tin nhân thân; không thể xóa "
                    + "bằng cách hủy khóa. Cần xử lý theo quy trình riêng.");
        }
        erase(file, Versions.ifMatch(ifMatch), request, null);
        for (String duplicate : file.duplicates()) {
            erase(files.find(duplicate).orElseThrow(SubjectController::unknown).file(), null, request, file.subjectId());
        }
        return new Erasure(id.toString(), file.duplicates(), true);
    }

    private void erase(SubjectFile file, Long expectedVersion, EraseSubjectRequest request, String survivorId) {
        if (!file.isErased()) {
            commands.send(new EraseSubject(file.subjectId(), expectedVersion, request.erasedOn(), request.reason(), survivorId),
                    request.erasedOn());
        }
        keys.destroy(file.subjectId());
    }

    record ErasuresDue(List<ErasureDue> items, int page, int size, long total) {
    }

    /** A subject off the list since {@code removedOn}, whose retention ended on {@code retentionEndedOn}. */
    record ErasureDue(String subjectId, String communeCode, LocalDate removedOn, LocalDate retentionEndedOn) {
    }

    /** The subject whose identity is erased, the duplicates merged into it (erased with it), and that their keys are gone. */
    record Erasure(String subjectId, List<String> duplicatesErased, boolean keysDestroyed) {
    }
}
