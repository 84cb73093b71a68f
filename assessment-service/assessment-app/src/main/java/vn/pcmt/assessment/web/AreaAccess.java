package vn.pcmt.assessment.web;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;

/**
 * Who may read and record which area's standing (issue 7): {@link AreaScope} over the area directory. Officers record
 * for their areas, steering-committee members and village heads read theirs. What an area does for itself (its facts,
 * registration, self-assessment) needs the area; what the level above decides (the appraisal, the council, the
 * recognition, the approval of a classification, the selection for transformation) needs the level above, the
 * {@linkplain AreaScope#approverOf(String) approver}: the commune for its villages, the province for its communes, the
 * whole country for a province. The directory itself is kept by administrators, and by officers under the parent.
 */
@Component
class AreaAccess {

    private final AreaScope scope;
    /** The directory's keepers: officers under their areas, administrators everywhere. */
    private final AreaScope directory;

    AreaAccess(AreaDirectoryRepository areas) {
        Function<String, Optional<String>> parentOf = code -> areas.findById(code).map(AreaDirectoryDocument::parentCode);
        this.scope = new AreaScope(parentOf, AreaScope.AREA_READERS, AreaScope.OFFICERS);
        this.directory = new AreaScope(parentOf, AreaScope.AREA_READERS, Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER,
                Roles.ADMINISTRATOR), Set.of(Roles.ADMINISTRATOR));
    }

    /** @throws Refusal 403 naming {@code field} when the caller may not {@code need} the area */
    void requireArea(Need need, String areaCode, String field) {
        scope.requireArea(need, areaCode, field);
    }

    /** @throws Refusal 403 naming {@code field} when the caller may not decide for the area: the level above is not theirs */
    void requireApprover(String areaCode, String field) {
        scope.requireArea(Need.WRITE, scope.approverOf(areaCode), field);
    }

    /** @throws Refusal {@code unknown} (404) when the caller may not read what is recorded for the area */
    <D> D requireReadable(D record, String areaCode, Supplier<Refusal> unknown) {
        return scope.requireRecord(Need.READ, record, areaCode, unknown);
    }

    /** @throws Refusal 403 {@code ROLE_NOT_ALLOWED} when the caller's role reads nothing here */
    void requireReader() {
        scope.requireRole(Need.READ);
    }

    /**
     * An administrator keeps the whole directory; an officer adds areas under theirs ({@code parentCode}; a province
     * needs area {@code VN}).
     *
     * @throws Refusal 403 naming {@code field} otherwise
     */
    void requireParentKeeper(String parentCode, String field) {
        directory.requireArea(Need.WRITE, parentCode == null ? Caller.NATIONAL : parentCode, field);
    }

    /**
     * Renaming, merging, splitting or closing an area is decided above it: an administrator, or an officer of the level
     * above (a commune officer for its villages, a province officer for its communes), never the area's own.
     *
     * @throws Refusal 403 naming {@code field} otherwise
     */
    void requireChangeKeeper(String areaCode, String field) {
        directory.requireArea(Need.WRITE, directory.approverOf(areaCode), field);
    }

    /** @throws Refusal 403 {@code ROLE_NOT_ALLOWED} unless the caller keeps the whole directory (administrator or national officer) */
    void requireWholeDirectoryKeeper() {
        directory.requireArea(Need.WRITE, Caller.NATIONAL, "file");
    }
}
