package vn.pcmt.platform.security;

import java.util.Set;

/** The roles a token names in its {@code role} claim (exactly one), as the identity server issues them. */
public final class Roles {

    /** Công an xã: the commune's standing body. */
    public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
    /** Trưởng thôn: their own village, limited. */
    public static final String VILLAGE_HEAD = "VILLAGE_HEAD";
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    /** Thành viên Ban chỉ đạo: reads. */
    public static final String STEERING_MEMBER = "STEERING_MEMBER";
    /** Pseudonymised statistics only. */
    public static final String ANALYST = "ANALYST";
    /** The access audit trail. */
    public static final String AUDITOR = "AUDITOR";
    /** Users and areas. */
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    public static final Set<String> ALL = Set.of(COMMUNE_OFFICER, VILLAGE_HEAD, PROVINCE_OFFICER, STEERING_MEMBER, ANALYST, AUDITOR,
            ADMINISTRATOR);

    private Roles() {
    }
}
