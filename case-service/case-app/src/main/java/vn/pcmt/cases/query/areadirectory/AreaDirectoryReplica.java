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
     * A change of the directory (keyed by the area, so it follows the area's registration): a new name, a new parent
     * after a merger or split, closed once merged into another or split (no new records there). Applied again, the
     * same document.
     */
    public void apply(AreaChanged change) {
        areas.findById(change.code()).ifPresent(area -> areas.save(switch (change.change()) {
            case "RENAMED" -> area.renamed(change.name());
            case "MOVED" -> area.movedUnder(change.parentCode());
            case "CLOSED", "SPLIT" -> area.closedNow();
            default -> area;
        }));
    }

    /** The commune an open village is under today. */
    @Override
    public Optional<String> communeOfVillage(String villageCode) {
        return areas.findById(villageCode).filter(area -> "VILLAGE".equals(area.level()) && area.open()).map(AreaDirectoryDocument::parentCode);
    }
}
