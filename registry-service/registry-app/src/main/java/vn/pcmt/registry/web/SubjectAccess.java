package vn.pcmt.registry.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * Who may see and change which subjects (issue 7, DESIGN.md "Security and privacy"), by the caller's role and the
 * areas in their token: commune officers their communes, province officers and steering-committee members their
 * provinces' communes (the committee reads only), a village head their village (reads only); analysts, auditors and
 * administrators no one's record. A subject is judged by where they live now; a subject the caller may not see is,
 * to them, one that does not exist (404), and a list of an area outside their scope is refused (403).
 */
@Component
class SubjectAccess {

    enum Need { READ, WRITE }

    private static final Set<String> WRITERS = Set.of("COMMUNE_OFFICER", "PROVINCE_OFFICER");
    private static final Set<String> READERS = Set.of("COMMUNE_OFFICER", "PROVINCE_OFFICER", "STEERING_MEMBER", "VILLAGE_HEAD");
    private static final String VILLAGE_HEAD = "VILLAGE_HEAD";

    private final AreaDirectoryRepository areas;

    SubjectAccess(AreaDirectoryRepository areas) {
        this.areas = areas;
    }

    /** Whether the caller may {@code need} what is recorded in the commune and village given. */
    boolean allows(Need need, String communeCode, String villageCode) {
        Optional<Caller> found = Caller.current();
        if (found.isEmpty() || !(need == Need.WRITE ? WRITERS : READERS).contains(found.get().role())) {
            return false;
        }
        Caller caller = found.get();
        if (caller.national()) {
            return true;
        }
        if (VILLAGE_HEAD.equals(caller.role())) {
            return villageCode != null && caller.areas().contains(villageCode);
        }
        String commune = communeCode != null ? communeCode
                : villageCode == null ? null : areas.findById(villageCode).map(AreaDirectoryDocument::parentCode).orElse(null);
        if (commune == null) {
            return false;
        }
        return caller.areas().contains(commune)
                || areas.findById(commune).map(AreaDirectoryDocument::parentCode).filter(caller.areas()::contains).isPresent();
    }

    /** @throws Refusal 404 {@code SUBJECT_UNKNOWN} when the caller may not see the subject, 403 when they may see but not change */
    void require(Need need, SubjectFile file) {
        var residence = file.residence();
        if (allows(need, residence.communeCode(), residence.villageCode())) {
            return;
        }
        if (need == Need.WRITE && allows(Need.READ, residence.communeCode(), residence.villageCode())) {
            throw Refusal.forbidden("ROLE_READ_ONLY", "Tài khoản chỉ được xem, không được thay đổi hồ sơ.");
        }
        throw SubjectController.unknown();
    }

    /** @throws Refusal 403 {@code AREA_OUT_OF_SCOPE} naming {@code field} when the area is not the caller's */
    void requireArea(Need need, String communeCode, String villageCode, String field) {
        if (!allows(need, communeCode, villageCode)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "AREA_OUT_OF_SCOPE", "Địa bàn này không thuộc phạm vi tài khoản được "
                    + (need == Need.WRITE ? "ghi nhận." : "xem."), List.of(new FieldProblem(field, "AREA_OUT_OF_SCOPE",
                    "Ngoài phạm vi của tài khoản.")));
        }
    }

    /**
     * The commune of a past residence the caller may read, when they may not read where the subject lives now: after a
     * move, the old commune keeps what happened while the person lived there.
     */
    Optional<String> formerCommuneInScope(SubjectFile file) {
        return file.residences().stream().map(period -> period.residence())
                .filter(residence -> allows(Need.READ, residence.communeCode(), residence.villageCode()))
                .map(residence -> residence.communeCode())
                .findFirst();
    }
}
