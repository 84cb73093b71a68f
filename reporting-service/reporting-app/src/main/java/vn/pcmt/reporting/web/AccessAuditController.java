package vn.pcmt.reporting.web;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessAuditEndpoints;
import vn.pcmt.platform.audit.AccessLog;

/**
 * reporting's access audit, for auditors ({@link AccessAuditEndpoints}): who listed the subjects behind a count
 * ({@code /api/reports/subjects/members}), by registry subject id.
 */
@RestController
@RequestMapping("/api/audit/statistics-reads")
@Validated
public class AccessAuditController extends AccessAuditEndpoints {

    public AccessAuditController(AccessLog accessLog) {
        super(accessLog);
    }
}
