package vn.pcmt.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;

/**
 * A service's access audit for auditors only, read-only (no method changes it: 405): who read which persons' records,
 * when and from where, newest first; and {@code /verification}, whether the hash chain is intact. A service exposes it
 * by a {@code @RestController} subclass mapped to its path, annotated {@code @Validated}.
 */
public abstract class AccessAuditEndpoints {

    private final AccessLog accessLog;

    protected AccessAuditEndpoints(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping
    public List<AccessLogEntry> reads(@RequestParam(required = false) UUID subjectId,
                                      @RequestParam(required = false) @Pattern(regexp = "^[\\w.@-]{1,100}$") String userId,
                                      @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        requireAuditor();
        return accessLog.find(subjectId == null ? null : subjectId.toString(), userId, from, to, page, size);
    }

    @GetMapping("/verification")
    public AccessLog.Verification verification() {
        requireAuditor();
        return accessLog.verify();
    }

    private static void requireAuditor() {
        if (Caller.current().map(Caller::role).filter(Roles.AUDITOR::equals).isEmpty()) {
            throw Refusal.forbidden("AUDITOR_ONLY", "Chỉ cán bộ kiểm tra được xem nhật ký truy cập.");
        }
    }
}
