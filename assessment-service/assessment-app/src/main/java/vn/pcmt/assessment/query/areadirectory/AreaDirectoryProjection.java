package vn.pcmt.assessment.query.areadirectory;

import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.AreaDirectory;
import vn.pcmt.assessment.domain.event.AreaClosed;
import vn.pcmt.assessment.domain.event.AreaMoved;
import vn.pcmt.assessment.domain.event.AreaRegistered;
import vn.pcmt.assessment.domain.event.AreaRenamed;
import vn.pcmt.assessment.domain.event.AreaSplit;
import vn.pcmt.assessment.domain.event.AreasMerged;

/**
 * The directory as it stands: children under the area they moved to, closed areas kept with their successors, a
 * successor with the areas merged into it. Each event applied again leaves the same document.
 */
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

    @EventHandler
    void on(AreaRenamed event) {
        areas.findById(event.code()).ifPresent(area -> areas.save(area.renamed(event.name(), event.effectiveOn(), event.decisionNo())));
    }

    @EventHandler
    void on(AreasMerged event) {
        areas.findById(event.code()).ifPresent(successor -> areas.save(successor.tookIn(event.predecessorCodes())));
    }

    @EventHandler
    void on(AreaMoved event) {
        areas.findById(event.code()).ifPresent(area -> areas.save(area.movedUnder(event.parentCode())));
    }

    @EventHandler
    void on(AreaClosed event) {
        areas.findById(event.code()).ifPresent(area -> areas.save(area.closed(event.effectiveOn(), event.successorCodes())));
    }

    @EventHandler
    void on(AreaSplit event) {
        areas.findById(event.code()).ifPresent(area -> areas.save(area.closed(event.effectiveOn(), event.successorCodes())));
    }

    @Override
    public Optional<Known> find(String code) {
        return areas.findById(code).map(area -> new Known(area.code(), area.level(), area.parentCode(), area.closed()));
    }

    @Override
    public List<String> openChildrenOf(String code) {
        return areas.findByParentCodeAndClosedOnIsNullOrderByCode(code).stream().map(AreaDirectoryDocument::code).toList();
    }
}
