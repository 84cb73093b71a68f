package vn.pcmt.cases.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.GangMember;

/** A registry subject ({@code subjectId}) or a named person (name or alias). */
public record GangMemberRequest(UUID subjectId, @Size(max = 200) String fullName, @NotNull GangMember.Role role) {

    GangMember toMember(String memberId) {
        return new GangMember(memberId, subjectId == null ? null : subjectId.toString(), fullName == null ? null : fullName.strip(),
                role);
    }
}
