package vn.pcmt.registry.query.subjectprofile;

import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.pcmt.registry.domain.event.SubjectRegistered;

@Component
@ProcessingGroup("subject-profile")
public class SubjectProfileProjection {

    private final SubjectProfileRepository profiles;

    public SubjectProfileProjection(SubjectProfileRepository profiles) {
        this.profiles = profiles;
    }

    @EventHandler
    void on(SubjectRegistered event, @SequenceNumber Long version, @Timestamp Instant recordedAt) {
        profiles.save(new SubjectProfileDocument(event.subjectId(), event.fullName(), event.dateOfBirth(), event.sex(),
                event.nationalId(), event.residence(), event.category(), event.foundBy(), event.foundOn(), version, recordedAt));
    }
}
