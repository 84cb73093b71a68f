package vn.pcmt.cases.web;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessAuditEndpoints;
import vn.pcmt.platform.audit.AccessLog;

/**
 * case-service's access audit, for auditors ({@link AccessAuditEndpoints}): who read cases, gangs, wanted persons,
 * dossiers and incidents naming persons (by registry subject id, else the person's id in the record), and tips whose
 * tipster they were shown (by the tip's id).
 */
@RestController
@RequestMapping("/api/audit/case-reads")
@Validated
public class AccessAuditController extends AccessAuditEndpoints {

    public AccessAuditController(AccessLog accessLog) {
        super(accessLog);
    }
}
