package vn.pcmt.registry.query.personaldatakeys;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.platform.privacy.PersonalDataKeys;
import vn.pcmt.registry.domain.event.SubjectErased;

/**
 * Destroys the key of every subject whose erasure is stored (a merged duplicate's erasure is stored apart, so its key
 * goes too). The erasure request destroys it as soon as the erasure is stored; this tracking processor makes good one
 * that stopped in between (a crash, the store unreachable), since its token moves past an erasure only once the key is
 * gone. Destroying a key twice changes nothing.
 */
@Component
@ProcessingGroup("personal-data-keys")
public class PersonalDataKeysProjection {

    private final PersonalDataKeys keys;

    public PersonalDataKeysProjection(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(SubjectErased e) {
        keys.destroy(e.subjectId());
    }
}
