package vn.pcmt.cases.query.areadirectory;

import java.util.Optional;

import org.springframework.stereotype.Component;
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

    @Override
    public Optional<String> communeOfVillage(String villageCode) {
        return areas.findById(villageCode).filter(area -> "VILLAGE".equals(area.level())).map(AreaDirectoryDocument::parentCode);
    }
}
