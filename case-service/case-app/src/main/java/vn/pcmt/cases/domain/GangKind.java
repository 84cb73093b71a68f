package vn.pcmt.cases.domain;

/** ổ nhóm (a local gang) or đường dây (a trafficking network reaching beyond the area). */
public enum GangKind {
    GANG,
    NETWORK
}
