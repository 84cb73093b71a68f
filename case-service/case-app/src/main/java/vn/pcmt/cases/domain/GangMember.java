package vn.pcmt.cases.domain;

/** A member of a gang: a registry subject, or a named person (alias allowed) not on the registry. */
public record GangMember(String memberId, String subjectId, String fullName, Role role) {

    public enum Role {
        LEADER,
        MEMBER
    }
}
