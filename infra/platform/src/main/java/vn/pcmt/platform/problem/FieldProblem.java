package vn.pcmt.platform.problem;

/** One field at fault: its JSON path, a stable code, and a Vietnamese message. */
public record FieldProblem(String field, String code, String message) {
}
