package vn.pcmt.reporting.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.security.Caller;
import vn.pcmt.platform.security.Roles;
import vn.pcmt.reporting.query.eventlog.EventLog;
import vn.pcmt.reporting.query.eventlog.EventLogDocument;
import vn.pcmt.reporting.query.eventlog.Pseudonyms;

/**
 * The analysts' export (API.md, "Reports"): every event that took effect in a period, pseudonymised — each id a stable
 * pseudonym ({@link Pseudonyms}), who acted reduced to their role, no names or identity numbers (events carry none) —
 * as JSON lines (default) or CSV ({@code format=csv}), streamed. Analysts only.
 */
@RestController
@Validated
public class ExportController {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String CSV_HEADER = "eventId,eventType,eventVersion,subject,occurredAt,recordedAt,areaCode,actorRole,payload\n";

    private final EventLog events;
    private final Pseudonyms pseudonyms;
    private final ObjectMapper mapper;

    public ExportController(EventLog events, Pseudonyms pseudonyms, ObjectMapper mapper) {
        this.events = events;
        this.pseudonyms = pseudonyms;
        this.mapper = mapper;
    }

    @GetMapping("/api/exports/events")
    ResponseEntity<StreamingResponseBody> export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(defaultValue = "jsonl") @Pattern(regexp = "^(jsonl|csv)$") String format) {
        boolean csv = format.equals("csv");
        if (Caller.current().map(Caller::role).filter(Roles.ANALYST::equals).isEmpty()) {
            throw Refusal.forbidden("ANALYST_ONLY", "Chỉ chuyên viên phân tích được xuất dữ liệu sự kiện đã ẩn danh.");
        }
        if (to.isBefore(from)) {
            throw Refusal.invalid("VALIDATION_FAILED", "Khoảng thời gian không hợp lệ.",
                    new FieldProblem("to", "DATE_ORDER", "Ngày kết thúc trước ngày bắt đầu."));
        }
        StreamingResponseBody body = out -> {
            try (Stream<EventLogDocument> found = events.effectiveBetween(from, to)) {
                if (csv) {
                    out.write(CSV_HEADER.getBytes(StandardCharsets.UTF_8));
                }
                for (EventLogDocument event : (Iterable<EventLogDocument>) found::iterator) {
                    write(out, line(event), csv);
                }
            }
        };
        String name = "pcmt-events-" + from + "-" + to + (csv ? ".csv" : ".jsonl");
        return ResponseEntity.ok().contentType(csv ? CSV : JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body);
    }

    /** What an export line says of an event. */
    private ObjectNode line(EventLogDocument event) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("eventId", pseudonyms.of(event.eventId()));
        line.put("eventType", event.eventType());
        line.put("eventVersion", event.eventVersion());
        line.put("subject", event.aggregateId() == null ? null : pseudonyms.of(event.aggregateId()));
        line.put("occurredAt", String.valueOf(event.occurredAt()));
        line.put("recordedAt", String.valueOf(event.recordedAt()));
        line.put("areaCode", event.areaCode());
        line.put("actorRole", event.actorRole());
        line.set("payload", mapper.readTree(pseudonyms.pseudonymised(event.payload()).toJson()));
        return line;
    }

    private void write(OutputStream out, ObjectNode line, boolean csv) throws IOException {
        if (!csv) {
            out.write(mapper.writeValueAsBytes(line));
        } else {
            StringBuilder row = new StringBuilder();
            for (String field : CSV_HEADER.strip().split(",")) {
                if (!row.isEmpty()) {
                    row.append(',');
                }
                var value = line.get(field);
                String text = value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : mapper.writeValueAsString(value);
                row.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
            out.write(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.write('\n');
    }
}
