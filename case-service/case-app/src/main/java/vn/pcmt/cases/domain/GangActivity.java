package vn.pcmt.cases.domain;

/** What a gang or network does: seed 002's criterion 6 wants none of these in a drug-free area. */
public enum GangActivity {
    TRAFFICKING,
    RETAIL,
    ORGANISING_USE,
    CULTIVATION,
    PRODUCTION
}
