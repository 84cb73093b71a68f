package vn.pcmt.cases.query.gang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.cases.domain.GangActivity;
import vn.pcmt.cases.domain.GangKind;
import vn.pcmt.cases.domain.GangMember;

@Document("gang")
public record GangDocument(
        @Id String gangId,
        GangKind kind,
        String alias,
        GangActivity activity,
        @Indexed String communeCode,
        String villageCode,
        LocalDate identifiedOn,
        List<GangMember> members,
        List<String> caseIds,
        LocalDate dismantledOn,
        long version) {

    public boolean active() {
        return dismantledOn == null;
    }

    GangDocument withMember(GangMember member, long newVersion) {
        List<GangMember> changed = new ArrayList<>(members);
        changed.add(member);
        return new GangDocument(gangId, kind, alias, activity, communeCode, villageCode, identifiedOn, changed, caseIds, dismantledOn,
                newVersion);
    }

    GangDocument withCase(String caseId, long newVersion) {
        List<String> changed = new ArrayList<>(caseIds);
        changed.add(caseId);
        return new GangDocument(gangId, kind, alias, activity, communeCode, villageCode, identifiedOn, members, changed, dismantledOn,
                newVersion);
    }

    GangDocument dismantled(LocalDate on, long newVersion) {
        return new GangDocument(gangId, kind, alias, activity, communeCode, villageCode, identifiedOn, members, caseIds, on, newVersion);
    }
}
