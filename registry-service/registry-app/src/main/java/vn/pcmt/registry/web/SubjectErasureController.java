package vn.pcmt.registry.web;

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
import vn.pcmt.registry.domain.command.EraseSubject;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

/**
 * Erasure at the end of retention (crypto-shredding), for administrators only: the erasure is recorded, then the
 * subject's personal data key is destroyed, so their name and identity number read as erased in every event, copy and
 * backup, while their statuses and the statistics stay. The answer names nobody. Sent again, it destroys the key again
 * (a first attempt that stopped between the two steps completes).
 */
@RestController
public class SubjectErasureController {

    private final Commands commands;
    private final SubjectFiles files;
    private final PersonalDataKeys keys;

    public SubjectErasureController(Commands commands, SubjectFiles files, PersonalDataKeys keys) {
        this.commands = commands;
        this.files = files;
        this.keys = keys;
    }

    @PostMapping("/api/subjects/{id}/erasure")
    Erasure erase(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                  @Valid @RequestBody EraseSubjectRequest request) {
        if (Caller.current().map(Caller::role).filter(Roles.ADMINISTRATOR::equals).isEmpty()) {
            throw Refusal.forbidden("ADMINISTRATOR_ONLY", "Chỉ quản trị hệ thống được xóa thông tin nhân thân khi hết thời hạn lưu trữ.");
        }
        SubjectFiles.Versioned found = files.find(id.toString()).orElseThrow(SubjectController::unknown);
        if (!found.file().isErased()) {
            commands.send(new EraseSubject(id.toString(), Versions.ifMatch(ifMatch), request.erasedOn(), request.reason()), request.erasedOn());
        }
        keys.destroy(id.toString());
        return new Erasure(id.toString(), true);
    }

    /** The subject whose identity is erased, and that their key is gone. */
    record Erasure(String subjectId, boolean keyDestroyed) {
    }
}
