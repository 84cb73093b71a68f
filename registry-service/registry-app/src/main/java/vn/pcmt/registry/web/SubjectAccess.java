package vn.pcmt.registry.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.pcmt.platform.security.AreaScope;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.registry.domain.Residence;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;

/**
 * Who may see and change which subjects (issue 7, DESIGN.md "Security and privacy"): {@link AreaScope} over the
 * registry's replica of the area directory. Officers record, steering-committee members and village heads read;
 * analysts, auditors and administrators see no one's record. A subject is judged by where they live now (village, else
 * commune); a subject the caller may not see is, to them, one that does not exist (404), and a list of an area outside
 * their scope is refused (403).
 */
@Component
class SubjectAccess {

    private final AreaScope scope;

    SubjectAccess(AreaDirectoryRepository areas) {
        this.scope = new AreaScope(code -> areas.findById(code).map(AreaDirectoryDocument::parentCode),
                AreaScope.AREA_READERS, AreaScope.OFFICERS);
    }

    /** Whether the caller may {@code need} what is recorded in the commune and village given. */
    boolean allows(Need need, Residence residence) {
        return scope.allows(need, innermost(residence.communeCode(), residence.villageCode()));
    }

    /** @throws vn.pcmt.platform.problem.Refusal 404 {@code SUBJECT_UNKNOWN} when the caller may not see the subject, 403 when they may see but not change */
    void require(Need need, SubjectFile file) {
        scope.requireRecord(need, file, innermost(file.residence().communeCode(), file.residence().villageCode()), SubjectController::unknown);
    }

    /** @throws vn.pcmt.platform.problem.Refusal 403 naming {@code field} when the area is not the caller's (or their role may not) */
    void requireArea(Need need, String communeCode, String villageCode, String field) {
        scope.requireArea(need, innermost(communeCode, villageCode), field);
    }

    /**
     * The commune of a past residence the caller may read, when they may not read where the subject lives now: after a
     * move, the old commune keeps what happened while the person lived there.
     */
    Optional<String> formerCommuneInScope(SubjectFile file) {
        if (Caller.current().map(Caller::role).filter(Roles.VILLAGE_HEAD::equals).isPresent()) {
            return Optional.empty(); // the history is kept per commune: a village head would read the whole commune's time
        }
        return file.residences().stream().map(period -> period.residence())
                .filter(residence -> allows(Need.READ, residence))
                .map(Residence::communeCode)
                .findFirst();
    }

    private static String innermost(String communeCode, String villageCode) {
        return villageCode != null ? villageCode : communeCode;
    }
}
