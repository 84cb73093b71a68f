package vn.pcmt.reporting.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.pcmt.platform.security.AreaScope;
import vn.pcmt.platform.security.AreaScope.Need;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.reporting.query.areadirectory.AreaDirectoryRepository;

/**
 * Who may read which area's statistics (issue 7): officers, steering-committee members and village heads their areas
 * ({@link AreaScope}); analysts every area, since statistics name nobody; auditors and administrators none.
 */
@Component
class StatisticsAccess {

    private final AreaScope scope;

    StatisticsAccess(AreaDirectoryRepository areas) {
        this.scope = new AreaScope(code -> areas.findById(code).map(AreaDirectoryDocument::parentCode),
                Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.STEERING_MEMBER, Roles.VILLAGE_HEAD, Roles.ANALYST), Set.of(),
                Set.of(Roles.ANALYST));
    }

    /** @throws vn.pcmt.platform.problem.Refusal 403 naming {@code field} when the caller may not read the area's statistics */
    void requireStatistics(String areaCode, String field) {
        scope.requireArea(Need.READ, areaCode, field);
    }
}
