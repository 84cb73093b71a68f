package vn.pcmt.cases.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.pcmt.cases.domain.GangActivity;
import vn.pcmt.cases.domain.GangKind;
import vn.pcmt.platform.web.AreaCode;

/** {@code POST /api/gangs}. */
public record IdentifyGangRequest(
        @NotNull GangKind kind,
        @NotBlank @Size(max = 200) String alias,
        @NotNull GangActivity activity,
        @NotBlank @AreaCode String communeCode,
        @AreaCode String villageCode,
        @NotNull @PastOrPresent LocalDate identifiedOn,
        @Size(max = 200) List<@Valid @NotNull GangMemberRequest> members) {

    public List<GangMemberRequest> membersOrNone() {
        return members == null ? List.of() : members;
    }
}
