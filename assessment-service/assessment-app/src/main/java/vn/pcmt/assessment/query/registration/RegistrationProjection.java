package vn.pcmt.assessment.query.registration;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.event.DrugFreeAreaRegistered;

@Component
@ProcessingGroup("registration")
public class RegistrationProjection {

    private final RegistrationRepository registrations;

    public RegistrationProjection(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @EventHandler
    void on(DrugFreeAreaRegistered e) {
        registrations.save(new RegistrationDocument(e.registrationId(), e.areaCode(), e.year(), e.kind(), e.registeredOn(),
                e.baselineUsers()));
    }
}
