package vn.pcmt.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the platform refuses, with a stable machine code and a Vietnamese detail for officers. Thrown before
 * anything is stored, so a refusal never changes data.
 */
public class Refusal extends RuntimeException {

    /** How the refusal is answered; the web layer maps each kind to its HTTP status. */
    public enum Kind {
        /** 400: the request itself is malformed (a header, a parameter). */
        INVALID,
        /** 422: valid JSON that breaks a rule. */
        RULE_VIOLATED,
        /** 409: a duplicate or a conflicting state. */
        CONFLICT,
        /** 404: the record does not exist (or the caller may not know it does). */
        NOT_FOUND,
        /** 412: the caller edited an older version. */
        STALE_VERSION,
        /** 413: the body is larger than the operation takes. */
        TOO_LARGE,
        /** 403: the caller is signed in but their role may not do this. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final List<FieldProblem> errors;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public Refusal(Kind kind, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static Refusal invalid(String code, String detail, FieldProblem... errors) {
        return new Refusal(Kind.INVALID, code, detail, List.of(errors));
    }

    public static Refusal ruleViolated(String code, String detail, FieldProblem... errors) {
        return new Refusal(Kind.RULE_VIOLATED, code, detail, List.of(errors));
    }

    public static Refusal conflict(String code, String detail, FieldProblem... errors) {
        return new Refusal(Kind.CONFLICT, code, detail, List.of(errors));
    }

    public static Refusal forbidden(String code, String detail) {
        return new Refusal(Kind.FORBIDDEN, code, detail, List.of());
    }

    public static Refusal notFound(String code, String detail) {
        return new Refusal(Kind.NOT_FOUND, code, detail, List.of());
    }

    /** Adds a member to the problem response, e.g. the existing record a duplicate collides with. */
    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
