package vn.pcmt.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;

/**
 * Whether the signed-in caller may read or change what is recorded in an area (DESIGN.md, "Security and privacy"): their
 * role must be one the service lets {@link Need#READ read} or {@link Need#WRITE change}, and one of the areas in their
 * token must be the area itself or one above it (a commune officer covers the commune and its villages, a province
 * officer the province, its communes and villages, a village head the village only; {@link Caller#NATIONAL} covers all).
 * A record the caller may not read is, to them, one that does not exist.
 */
public final class AreaScope {

    public enum Need { READ, WRITE }

    /** The roles of the police who record: commune and province officers. */
    public static final Set<String> OFFICERS = Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER);
    /** The roles who read records of people, cases and areas in their areas: officers, steering-committee members, village heads. */
    public static final Set<String> AREA_READERS = Set.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.STEERING_MEMBER,
            Roles.VILLAGE_HEAD);

    /** Province → commune → village, and a guard against a cycle in a damaged directory. */
    private static final int MAX_DEPTH = 4;

    private final Function<String, Optional<String>> parentOf;
    private final Set<String> readers;
    private final Set<String> writers;
    private final Set<String> everywhere;

    /**
     * @param parentOf the area above a code in the service's directory (empty for a province or an unknown code)
     * @param readers  the roles that may read within their areas
     * @param writers  the roles that may change within their areas
     */
    public AreaScope(Function<String, Optional<String>> parentOf, Set<String> readers, Set<String> writers) {
        this(parentOf, readers, writers, Set.of());
    }

    /**
     * @param everywhere roles whose scope here is the whole country whatever areas their token names (an administrator
     *                   for the area directory, an analyst for statistics that name nobody)
     */
    public AreaScope(Function<String, Optional<String>> parentOf, Set<String> readers, Set<String> writers, Set<String> everywhere) {
        this.parentOf = parentOf;
        this.readers = Set.copyOf(readers);
        this.writers = Set.copyOf(writers);
        this.everywhere = Set.copyOf(everywhere);
    }

    /** Whether the caller may {@code need} what is recorded in {@code areaCode} (any level); never for a missing code. */
    public boolean allows(Need need, String areaCode) {
        return Caller.current().filter(caller -> roleAllows(need, caller)).filter(caller -> covers(caller, areaCode)).isPresent();
    }

    /** Whether the caller's areas (or their role, when it covers everywhere) cover {@code areaCode}. */
    public boolean covers(Caller caller, String areaCode) {
        if (caller.national() || everywhere.contains(caller.role())) {
            return true;
        }
        String code = areaCode;
        for (int depth = 0; code != null && depth < MAX_DEPTH; depth++) {
            if (caller.areas().contains(code)) {
                return true;
            }
            code = parentOf.apply(code).orElse(null);
        }
        return false;
    }

    /** @throws Refusal 403 {@code ROLE_NOT_ALLOWED} when the caller's role may not {@code need} anything here */
    public Caller requireRole(Need need) {
        return Caller.current().filter(caller -> roleAllows(need, caller)).orElseThrow(() -> Refusal.forbidden("ROLE_NOT_ALLOWED",
                "Vai trò của tài khoản không được dùng chức năng này."));
    }

    /**
     * @throws Refusal 403 {@code ROLE_NOT_ALLOWED} or {@code ROLE_READ_ONLY} for the role, {@code AREA_OUT_OF_SCOPE} naming
     *                 {@code field} when the area is not the caller's
     */
    public void requireArea(Need need, String areaCode, String field) {
        if (need == Need.WRITE && Caller.current().filter(caller -> !roleAllows(Need.WRITE, caller) && roleAllows(Need.READ, caller))
                .isPresent()) {
            throw readOnly();
        }
        Caller caller = requireRole(need);
        if (!covers(caller, areaCode)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "AREA_OUT_OF_SCOPE", "Địa bàn này không thuộc phạm vi tài khoản được "
                    + (need == Need.WRITE ? "ghi nhận." : "xem."), List.of(new FieldProblem(field, "AREA_OUT_OF_SCOPE",
                    "Ngoài phạm vi của tài khoản.")));
        }
    }

    /**
     * The record, when the caller may {@code need} it where it is recorded.
     *
     * @throws Refusal {@code unknown} (404) when the caller may not read it, 403 {@code ROLE_READ_ONLY} when they may read
     *                 but not change it
     */
    public <D> D requireRecord(Need need, D record, String areaCode, Supplier<Refusal> unknown) {
        if (allows(need, areaCode)) {
            return record;
        }
        if (need == Need.WRITE && allows(Need.READ, areaCode)) {
            throw readOnly();
        }
        throw unknown.get();
    }

    /** The area that approves results of {@code areaCode}: its parent, or the whole country for a province. */
    public String approverOf(String areaCode) {
        return parentOf.apply(areaCode).orElse(Caller.NATIONAL);
    }

    private boolean roleAllows(Need need, Caller caller) {
        return (need == Need.WRITE ? writers : readers).contains(caller.role());
    }

    private static Refusal readOnly() {
        return Refusal.forbidden("ROLE_READ_ONLY", "Tài khoản chỉ được xem, không được thay đổi.");
    }
}
