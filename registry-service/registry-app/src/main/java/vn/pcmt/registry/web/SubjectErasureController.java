package vn.pcmt.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.platform.web.Versions;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.query.subjectfile.StoredIdentity;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Erasure at the end of retention (crypto-shredding), for administrators only: the erasure is recorded, then the
 * subject's personal data key is destroyed, so their name and identity number read as erased in every stored event
 * and every copy of the event store, while their statuses and the statistics stay. Duplicates merged into the subject
 * are the same person: they are erased with it. A subject with events stored before sealing began cannot be erased
 * this way (409 {@code IDENTITY_NOT_SEALED}, nothing recorded). The answer names nobody. Sent again, it destroys the
 * keys again (a first attempt that stopped between the steps completes).
 */
@RestController
public class SubjectErasureController {

    private final Commands commands;
    private final SubjectFiles files;
    private final PersonalDataKeys keys;
    private final StoredIdentity storedIdentity;

    public SubjectErasureController(Commands commands, SubjectFiles files, PersonalDataKeys keys, StoredIdentity storedIdentity) {
        this.commands = commands;
        this.files = files;
        this.keys = keys;
        this.storedIdentity = storedIdentity;
    }

    @PostMapping("/api/subjects/{id}/erasure")
    Erasure erase(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                  @Valid @RequestBody EraseSubjectRequest request) {
        if (Caller.current().map(Caller::role).filter(Roles.ADMINISTRATOR::equals).isEmpty()) {
            throw Refusal.forbidden("ADMINISTRATOR_ONLY", "Chỉ quản trị hệ thống được xóa thông tin nhân thân khi hết thời hạn lưu trữ.");
        }
        SubjectFile file = files.find(id.toString()).orElseThrow(SubjectController::unknown).file();
        List<String> person = new ArrayList<>(List.of(id.toString()));
        person.addAll(file.duplicates());
        if (!person.stream().allMatch(storedIdentity::sealed)) {
            throw Refusal.conflict("IDENTITY_NOT_SEALED", "Hồ sơ có sự kiện được lưu trước khi mã hóa thông tin nhân thân; không thể xóa "
                    + "bằng cách hủy khóa. Cần xử lý theo quy trình riêng.");
        }
        erase(file, Versions.ifMatch(ifMatch), request);
        for (String duplicate : file.duplicates()) {
            erase(files.find(duplicate).orElseThrow(SubjectController::unknown).file(), null, request);
        }
        return new Erasure(id.toString(), file.duplicates(), true);
    }

    private void erase(SubjectFile file, Long expectedVersion, EraseSubjectRequest request) {
        if (!file.isErased()) {
            commands.send(new EraseSubject(file.subjectId(), expectedVersion, request.erasedOn(), request.reason()), request.erasedOn());
        }
        keys.destroy(file.subjectId());
    }

    /** The subject whose identity is erased, the duplicates merged into it (erased with it), and that their keys are gone. */
    record Erasure(String subjectId, List<String> duplicatesErased, boolean keysDestroyed) {
    }
}
