package vn.pcmt.platform.web;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/** Aggregate versions in HTTP: {@code ETag: "<version>"} out, {@code If-Match: "<version>"} in (API.md). */
public final class Versions {

    private Versions() {
    }

    /**
     * The version the caller edited, or null when they sent no {@code If-Match} (or {@code *}): then the change applies
     * to whatever version is current.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        // If-Match compares strongly (RFC 9110, 13.1.1): a weak tag is refused rather than loosely matched
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw Refusal.invalid("INVALID_IF_MATCH", "Tiêu đề If-Match phải là phiên bản hồ sơ, ví dụ \"3\".",
                new FieldProblem("If-Match", "INVALID_FORMAT", "Giá trị không đúng định dạng."));
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
