package vn.pcmt.assessment.web;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areafacts.AreaFactsDocument;
import vn.pcmt.assessment.query.areafacts.AreaFactsRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.ProblemResponses;

/**
 * The area directory imported from CSV (UTF-8, a header row): {@code code,name,level,parentCode}, and optionally
 * {@code year,population,households} to record that year's population and households with the area. Rows are taken in
 * order, so a parent comes before its children; each row is registered or refused on its own, with the same checks and
 * codes as {@code POST /api/areas}; a row that repeats an area exactly as it is is {@code UNCHANGED}, so an import can
 * be run again. A refused row stores nothing.
 */
@Component
class AreaImport {

    static final int MAX_ROWS = 20_000;
    private static final Set<String> REQUIRED = Set.of("code", "name", "level", "parentCode");
    private static final Set<String> KNOWN = Set.of("code", "name", "level", "parentCode", "year", "population", "households");

    private final Commands commands;
    private final AreaDirectoryRepository areas;
    private final AreaFactsRepository facts;
    private final Validator validator;
    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

    AreaImport(Commands commands, AreaDirectoryRepository areas, AreaFactsRepository facts, Validator validator) {
        this.commands = commands;
        this.areas = areas;
        this.facts = facts;
        this.validator = validator;
    }

    /** One line's outcome; {@code line} counts the header as line 1 (a blank line is a row, refused). */
    record RowResult(int line, String code, Status status, String problem, String detail, List<FieldProblem> errors) {

        enum Status { CREATED, UNCHANGED, REFUSED }

        static RowResult refused(int line, String code, Refusal refusal) {
            return new RowResult(line, code, Status.REFUSED, refusal.code(), refusal.getMessage(), refusal.errors());
        }
    }

    record Report(int rows, long created, long unchanged, long refused, List<RowResult> results) {

        static Report of(List<RowResult> results) {
            return new Report(results.size(), count(results, RowResult.Status.CREATED), count(results, RowResult.Status.UNCHANGED),
                    count(results, RowResult.Status.REFUSED), results);
        }

        private static long count(List<RowResult> results, RowResult.Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }

    /** Reads every line first (so a file too long or unreadable stores nothing), then takes the readable ones in order. */
    Report run(Reader body) {
        List<RowResult> results = new ArrayList<>();
        for (Line line : read(body)) {
            results.add(line.values() == null ? RowResult.refused(line.number(), null, Refusal.invalid("CSV_ROW_UNREADABLE", "Dòng "
                    + line.number() + " không đúng định dạng (số cột khác dòng tiêu đề?).")) : importRow(line.number(), line.values()));
        }
        return Report.of(results);
    }

    /** A line of the file, {@code values} null when it could not be read. */
    private record Line(int number, Map<String, String> values) {
    }

    private List<Line> read(Reader body) {
        List<Line> lines = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = header(body)) {
            requireHeader(rows);
            for (int number = 2; ; number++) {
                if (lines.size() == MAX_ROWS) {
                    if (hasNext(rows)) {
                        throw Refusal.invalid("CSV_TOO_MANY_ROWS", "Tệp có hơn " + MAX_ROWS + " dòng; hãy chia nhỏ tệp. Chưa ghi gì.");
                    }
                    return lines;
                }
                try {
                    if (!rows.hasNextValue()) {
                        return lines;
                    }
                    lines.add(new Line(number, rows.nextValue()));
                } catch (RuntimeJsonMappingException | JacksonException e) {
                    lines.add(new Line(number, null));
                }
            }
        } catch (IOException e) {
            throw Refusal.invalid("CSV_UNREADABLE", "Không đọc được tệp CSV: " + e.getMessage() + ". Chưa ghi gì.");
        }
    }

    /** Whether a line follows, readable or not. */
    private static boolean hasNext(MappingIterator<Map<String, String>> rows) throws IOException {
        try {
            return rows.hasNextValue();
        } catch (RuntimeJsonMappingException | JacksonException e) {
            return true;
        }
    }

    private RowResult importRow(int line, Map<String, String> row) {
        String code = blankToNull(row.get("code"));
        try {
            RegisterAreaRequest area = new RegisterAreaRequest(code, blankToNull(row.get("name")), level(row.get("level")),
                    blankToNull(row.get("parentCode")));
            List<FieldProblem> invalid = validator.validate(area).stream().map(AreaImport::problem).toList();
            if (!invalid.isEmpty()) {
                throw new Refusal(Refusal.Kind.INVALID, "VALIDATION_FAILED", "Dòng " + line + " không hợp lệ.", invalid);
            }
            Optional<YearFacts> yearFacts = yearFacts(row);
            Optional<AreaDirectoryDocument> existing = areas.findById(area.code());
            boolean unchanged = existing.filter(known -> known.name().equals(area.name().strip()) && known.level() == area.level()
                    && Objects.equals(known.parentCode(), area.parentCode())).isPresent();
            Optional<AreaFactsDocument> recorded = yearFacts.flatMap(y -> facts.findById(AreaFactsDocument.id(area.code(), y.year())));
            yearFacts.ifPresent(y -> y.requireCommittedWithin(recorded));
            if (!unchanged) {
                send(new RegisterArea(area.code(), area.name(), area.level(), area.parentCode()));
            }
            if (yearFacts.isPresent() && !yearFacts.get().sameAs(recorded)) {
                YearFacts y = yearFacts.get();
                send(new RecordAreaFacts(area.code(), null, y.year(), y.population(), y.households(),
                        recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L), recorded.map(AreaFactsDocument::onRoute).orElse(false),
                        recorded.map(AreaFactsDocument::preventionModels).orElse(List.of()),
                        recorded.map(AreaFactsDocument::evidence).orElse("Nhập từ tệp CSV danh mục địa bàn")));
                unchanged = false;
            }
            return new RowResult(line, code, unchanged ? RowResult.Status.UNCHANGED : RowResult.Status.CREATED, null, null, List.of());
        } catch (Refusal refusal) {
            return RowResult.refused(line, code, refusal);
        }
    }

    /** The year's population and households, when the row gives them (all three or none). */
    private record YearFacts(int year, long population, long households) {

        void requireCommittedWithin(Optional<AreaFactsDocument> recorded) {
            if (households > population) {
                throw Refusal.ruleViolated("FACTS_OUT_OF_RANGE", "Số hộ (" + households + ") lớn hơn số dân (" + population + ").",
                        new FieldProblem("households", "OUT_OF_RANGE", "Không được lớn hơn số dân."));
            }
            long committed = recorded.map(AreaFactsDocument::householdsCommitted).orElse(0L);
            if (committed > households) {
                throw Refusal.ruleViolated("FACTS_OUT_OF_RANGE", "Số hộ đã ký cam kết năm " + year + " (" + committed
                        + ") lớn hơn số hộ (" + households + ").", new FieldProblem("households", "OUT_OF_RANGE",
                        "Nhỏ hơn số hộ đã ký cam kết."));
            }
        }

        boolean sameAs(Optional<AreaFactsDocument> recorded) {
            return recorded.filter(r -> r.population() == population && r.households() == households).isPresent();
        }
    }

    private static Optional<YearFacts> yearFacts(Map<String, String> row) {
        String year = blankToNull(row.get("year"));
        String population = blankToNull(row.get("population"));
        String households = blankToNull(row.get("households"));
        if (year == null && population == null && households == null) {
            return Optional.empty();
        }
        return Optional.of(new YearFacts((int) number("year", year, 2000, 2100), number("population", population, 0, 200_000_000),
                number("households", households, 0, 100_000_000)));
    }

    private static long number(String field, String text, long min, long max) {
        if (text == null) {
            throw Refusal.invalid("VALIDATION_FAILED", "Cần đủ năm, số dân và số hộ.", new FieldProblem(field, "REQUIRED",
                    "Không được để trống khi có năm, số dân hoặc số hộ."));
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid("VALIDATION_FAILED", field + " phải là số từ " + min + " đến " + max + ".",
                new FieldProblem(field, "OUT_OF_RANGE", "Từ " + min + " đến " + max + "."));
    }

    private static AreaLevel level(String text) {
        if (text == null || text.isBlank()) {
            return null; // @NotNull says it
        }
        try {
            return AreaLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("VALIDATION_FAILED", "Cấp địa bàn \"" + text + "\" không hợp lệ.",
                    new FieldProblem("level", "INVALID", "PROVINCE, COMMUNE hoặc VILLAGE."));
        }
    }

    private void send(Object command) {
        try {
            commands.send(command, LocalDate.now(EventMetaData.BUSINESS_ZONE));
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof Refusal refusal) {
                throw refusal;
            }
            throw e;
        }
    }

    private MappingIterator<Map<String, String>> header(Reader body) {
        try {
            return csv.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(body);
        } catch (IOException e) {
            throw Refusal.invalid("CSV_HEADER", "Tệp trống hoặc không đọc được dòng tiêu đề (code,name,level,parentCode).");
        }
    }

    private static void requireHeader(MappingIterator<Map<String, String>> rows) throws IOException {
        hasNext(rows); // the parser takes the header in with the first line
        List<String> columns = new ArrayList<>();
        if (rows.getParser().getSchema() instanceof CsvSchema header) {
            header.iterator().forEachRemaining(column -> columns.add(column.getName()));
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).sorted().toList();
        List<String> unknown = columns.stream().filter(c -> !KNOWN.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw Refusal.invalid("CSV_HEADER", "Dòng tiêu đề phải có các cột code,name,level,parentCode (và có thể year,population,"
                    + "households)" + (missing.isEmpty() ? "" : "; thiếu: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; không biết: " + String.join(", ", unknown)) + ".");
        }
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(),
                ProblemResponses.fieldCode(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                violation.getMessage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
