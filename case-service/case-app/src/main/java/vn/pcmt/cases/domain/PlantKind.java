package vn.pcmt.cases.domain;

/** Plants containing narcotics (Law 73/2021, Art. 2.6). */
public enum PlantKind {
    OPIUM_POPPY,
    CANNABIS,
    COCA,
    OTHER
}
