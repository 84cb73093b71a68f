package vn.pcmt.reporting.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.pcmt.platform.security.AreaScope;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectory;

/**
 * Who may read which area's statistics (issue 7): officers, steering-committee members and village heads their areas
 * ({@link AreaScope}); analysts every area, since statistics name nobody; auditors and administrators none.
 */
@Component
class StatisticsAccess {

    private final AreaScope scope;
    private final AreaDirectory areas;

    StatisticsAccess(AreaDirectory areas) {
        this.areas = areas;
        this.scope = new AreaScope(code -> areas.find(code).map(AreaDirectoryDocument::parentCode),
                Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.STEERING_MEMBER, Roles.VILLAGE_HEAD, Roles.ANALYST), Set.of(),
                Set.of(Roles.ANALYST));
    }

    /** @throws vn.pcmt.platform.problem.Refusal 403 naming {@code field} when the caller may not read the area's statistics */
    void requireStatistics(String areaCode, String field) {
        scope.requireArea(Need.READ, areaCode, field);
    }

    /** @throws vn.pcmt.platform.problem.Refusal 404 {@code AREA_UNKNOWN} */
    AreaDirectoryDocument known(String areaCode) {
        return areas.find(areaCode).orElseThrow(() -> Refusal.notFound("AREA_UNKNOWN", "Không có địa bàn mã " + areaCode + "."));
    }

    /** Whether the caller reads pseudonyms (an analyst) rather than registry ids and links. */
    static boolean pseudonymised() {
        return Caller.current().map(Caller::role).filter(Roles.ANALYST::equals).isPresent();
    }

    /** Page {@code page} of {@code size} of a drill-down's list (empty past its end). */
    static <T> List<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) page * size);
        return all.subList(from, (int) Math.min(all.size(), (long) from + size));
    }
}
