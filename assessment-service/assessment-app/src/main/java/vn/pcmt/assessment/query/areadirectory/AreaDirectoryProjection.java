package vn.pcmt.assessment.query.areadirectory;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.AreaDirectory;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.event.AreaRegistered;

@Component
@ProcessingGroup("area-directory")
public class AreaDirectoryProjection implements AreaDirectory {

    private final AreaDirectoryRepository areas;

    public AreaDirectoryProjection(AreaDirectoryRepository areas) {
        this.areas = areas;
    }

    @EventHandler
    void on(AreaRegistered event) {
        areas.save(new AreaDirectoryDocument(event.code(), event.name(), event.level(), event.parentCode()));
    }

    @Override
    public Optional<AreaLevel> levelOf(String code) {
        return areas.findById(code).map(AreaDirectoryDocument::level);
    }
}
