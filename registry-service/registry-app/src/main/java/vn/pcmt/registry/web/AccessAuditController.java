package vn.pcmt.registry.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.registry.query.accesslog.AccessLog;
import vn.pcmt.registry.query.accesslog.AccessLogEntry;

/** The access audit for auditors only: who read which subjects, when and from where, newest first. Read-only. */
@RestController
@Validated
public class AccessAuditController {

    static final String AUDITOR = "AUDITOR";

    private final AccessLog accessLog;
    private final CurrentActor caller;

    public AccessAuditController(AccessLog accessLog, CurrentActor caller) {
        this.accessLog = accessLog;
        this.caller = caller;
    }

    @GetMapping("/api/audit/subject-reads")
    List<AccessLogEntry> reads(@RequestParam(required = false) UUID subjectId,
                               @RequestParam(required = false) @Pattern(regexp = "^[\\w.@-]{1,100}$") String userId,
                               @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        if (!AUDITOR.equals(caller.get().role())) {
            throw Refusal.forbidden("AUDITOR_ONLY", "Chỉ cán bộ kiểm tra được xem nhật ký truy cập.");
        }
        return accessLog.find(subjectId == null ? null : subjectId.toString(), userId, from, to, page, size);
    }
}
