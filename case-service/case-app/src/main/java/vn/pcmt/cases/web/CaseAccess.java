package vn.pcmt.cases.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.AreaScope;
import vn.pcmt.platform.security.AreaScope.Need;

/**
 * Who may see and change which tips, cases, hotspots, gangs, wanted persons, incidents and dossiers (issue 7):
 * {@link AreaScope} over case-service's replica of the area directory. Officers record, steering-committee members and
 * village heads read; other roles see no record. A record is judged by where it is recorded (its village, else its
 * commune); a record the caller may not see is, to them, one that does not exist (404), and a list or a new record in an
 * area outside their scope is refused (403 naming the field).
 */
@Component
class CaseAccess {

    private final AreaScope scope;

    CaseAccess(AreaDirectoryRepository areas) {
        this.scope = new AreaScope(code -> areas.findById(code).map(AreaDirectoryDocument::parentCode),
                AreaScope.AREA_READERS, AreaScope.OFFICERS);
    }

    /** @throws Refusal 403 naming the field when the commune (or village, when given) is not the caller's to {@code need} */
    void requireArea(Need need, String communeCode, String villageCode) {
        scope.requireArea(need, innermost(communeCode, villageCode), villageCode != null ? "villageCode" : "communeCode");
    }

    /** @throws Refusal {@code unknown} (404) when the caller may not read the record, 403 when they may read but not change it */
    <D> D require(Need need, D record, Place place, Supplier<Refusal> unknown) {
        return scope.requireRecord(need, record, innermost(place.communeCode(), place.villageCode()), unknown);
    }

    /** Where a record is recorded: its commune, and its village when it has one. */
    record Place(String communeCode, String villageCode) {
    }

    private static String innermost(String communeCode, String villageCode) {
        return villageCode != null ? villageCode : communeCode;
    }
}
