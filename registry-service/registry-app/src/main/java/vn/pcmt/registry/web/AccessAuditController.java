package vn.pcmt.registry.web;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.audit.AccessAuditEndpoints;

/** The registry's access audit, for auditors: who read which subjects' records ({@link AccessAuditEndpoints}). */
@RestController
@RequestMapping("/api/audit/subject-reads")
@Validated
public class AccessAuditController extends AccessAuditEndpoints {

    public AccessAuditController(AccessLog accessLog) {
        super(accessLog);
    }
}
