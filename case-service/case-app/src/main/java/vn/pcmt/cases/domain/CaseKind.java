package vn.pcmt.cases.domain;

/** vụ án (a crime under the Criminal Code's drug articles) or vụ việc vi phạm hành chính (an administrative violation). */
public enum CaseKind {
    CRIMINAL,
    ADMINISTRATIVE
}
