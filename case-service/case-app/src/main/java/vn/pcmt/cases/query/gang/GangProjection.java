package vn.pcmt.cases.query.gang;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.GangCaseLinked;
import vn.pcmt.cases.domain.event.GangDismantled;
import vn.pcmt.cases.domain.event.GangIdentified;
import vn.pcmt.cases.domain.event.GangMemberAdded;

@Component
@ProcessingGroup("gang")
public class GangProjection {

    private final GangRepository gangs;

    public GangProjection(GangRepository gangs) {
        this.gangs = gangs;
    }

    @EventHandler
    void on(GangIdentified e, @SequenceNumber long version) {
        gangs.save(new GangDocument(e.gangId(), e.kind(), e.alias(), e.activity(), e.communeCode(), e.villageCode(), e.identifiedOn(),
                e.members(), List.of(), null, version));
    }

    @EventHandler
    void on(GangMemberAdded e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).withMember(e.member(), version));
    }

    @EventHandler
    void on(GangCaseLinked e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).withCase(e.caseId(), version));
    }

    @EventHandler
    void on(GangDismantled e, @SequenceNumber long version) {
        gangs.save(find(e.gangId()).dismantled(e.on(), version));
    }

    private GangDocument find(String gangId) {
        return gangs.findById(gangId).orElseThrow();
    }
}
