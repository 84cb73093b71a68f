package vn.pcmt.cases.query.personaldatakeys;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.cases.domain.event.CasePersonsErased;
import vn.pcmt.cases.domain.event.GangMembersErased;
import vn.pcmt.cases.domain.event.TipsterErased;
import vn.pcmt.cases.domain.event.WantedPersonErased;
import vn.pcmt.platform.privacy.PersonalDataKeys;

/**
 * Destroys the keys of the persons every stored erasure names. The erasure request destroys them as soon as the erasure
 * is stored; this tracking processor makes good one that stopped in between (a crash, the store unreachable), since
 * its token moves past an erasure only once the keys are gone. Destroying a key twice changes nothing.
 */
@Component
@ProcessingGroup("personal-data-keys")
public class PersonalDataKeysProjection {

    private final PersonalDataKeys keys;

    public PersonalDataKeysProjection(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(CasePersonsErased e) {
        e.personIds().forEach(keys::destroy);
    }

    @EventHandler
    void on(GangMembersErased e) {
        e.memberIds().forEach(keys::destroy);
    }

    @EventHandler
    void on(TipsterErased e) {
        keys.destroy(e.tipId());
    }

    @EventHandler
    void on(WantedPersonErased e) {
        keys.destroy(e.wantedId());
    }
}
