package vn.pcmt.registry.domain;

/** The police's grouping of persons on the list (seed 001: "quản lý nghiệp vụ", "quản lý pháp luật", "nghi ngờ"). */
public enum ManagementBasis {
    /** quản lý pháp luật: under a legal measure on the date (management decision, rehab or substitution therapy) */
    LEGAL,
    /** quản lý nghiệp vụ: watched by the police without a legal measure */
    OPERATIONAL,
    /** nghi ngờ sử dụng: listed to be tested, no measure yet */
    SUSPECTED
}
