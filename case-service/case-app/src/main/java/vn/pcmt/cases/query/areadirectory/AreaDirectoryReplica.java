package vn.pcmt.cases.query.areadirectory;

import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.api.v1.AreaChanged;
import vn.pcmt.cases.domain.AreaDirectory;

@Component
public class AreaDirectoryReplica implements AreaDirectory {

    private final AreaDirectoryRepository areas;

    public AreaDirectoryReplica(AreaDirectoryRepository areas) {
        this.areas = areas;
    }

    /** Saving the same area again (a redelivery) leaves the same document. */
    public void save(AreaDirectoryDocument area) {
        areas.save(area);
    }

    /**
     * A change of the directory applied again leaves the same documents: a new name; children moved under the area they
     * are under now; an area merged into another or split is closed, and no longer takes new records.
     */
    public void apply(AreaChanged change) {
        areas.findById(change.code()).ifPresent(area -> areas.save(switch (change.change()) {
            case "RENAMED" -> area.renamed(change.name());
            case "CLOSED", "SPLIT" -> area.closedNow();
            default -> area;
        }));
        if (change.assignments() != null) {
            change.assignments().forEach((child, parent) -> areas.findById(child).ifPresent(area -> areas.save(area.movedUnder(parent))));
        }
    }

    /** The commune an open village is under today. */
    @Override
    public Optional<String> communeOfVillage(String villageCode) {
        return areas.findById(villageCode).filter(area -> "VILLAGE".equals(area.level()) && area.open()).map(AreaDirectoryDocument::parentCode);
    }
}
