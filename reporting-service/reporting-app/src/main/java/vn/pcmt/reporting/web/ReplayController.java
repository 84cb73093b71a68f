package vn.pcmt.reporting.web;

import java.net.URI;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.reporting.query.replay.ReplayDocument;
import vn.pcmt.reporting.query.replay.Replays;

/**
 * Replays (API.md, "Reports"): an administrator rebuilds the projections from the topics into a new version
 * ({@code POST}, 202 with where to follow it); administrators and analysts follow its progress ({@code GET}); whoever
 * reads statistics sees whether the figures are up to date with the topics ({@code /readiness}).
 */
@RestController
@RequestMapping("/api/reports")
public class ReplayController {

    private final Replays replays;

    public ReplayController(Replays replays) {
        this.replays = replays;
    }

    @PostMapping("/replays")
    ResponseEntity<ReplayDocument> start() {
        Caller caller = require(Set.of(Roles.ADMINISTRATOR), "Chỉ quản trị viên được dựng lại số liệu từ các sự kiện.");
        ReplayDocument replay = replays.start(caller.userId());
        return ResponseEntity.accepted().location(URI.create("/api/reports/replays/" + replay.id())).body(replay);
    }

    @GetMapping("/replays/{id}")
    ReplayDocument progress(@PathVariable String id) {
        require(Set.of(Roles.ADMINISTRATOR, Roles.ANALYST), "Chỉ quản trị viên và chuyên viên phân tích được xem tiến độ dựng lại.");
        return replays.find(id).orElseThrow(() -> Refusal.notFound("REPLAY_UNKNOWN", "Không có lần dựng lại mã " + id + "."));
    }

    /**
     * Whether the figures read are up to date with the topics, as last measured (every few seconds): after an upgrade
     * adds a consumer group, it reads its topic from the start, and until it has caught up as-of figures count fewer.
     * For everyone who reads statistics, and administrators; it names nobody.
     */
    @GetMapping("/readiness")
    Replays.Readiness readiness() {
        require(Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.STEERING_MEMBER, Roles.VILLAGE_HEAD, Roles.ANALYST,
                Roles.ADMINISTRATOR), "Vai trò này không xem số liệu thống kê.");
        return replays.readiness();
    }

    private static Caller require(Set<String> roles, String detail) {
        return Caller.current().filter(caller -> roles.contains(caller.role()))
                .orElseThrow(() -> Refusal.forbidden("ROLE_NOT_ALLOWED", detail));
    }
}
