package vn.pcmt.registry.query.areadirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** {@code closed}: merged into another area or split (null in documents kept before areas could close). */
@Document("area_directory")
public record AreaDirectoryDocument(@Id String code, String name, String level, String parentCode, Boolean closed) {

    @PersistenceCreator
    public AreaDirectoryDocument {
        // the canonical constructor is the one the store uses
    }

    public AreaDirectoryDocument(String code, String name, String level, String parentCode) {
        this(code, name, level, parentCode, false);
    }

    boolean open() {
        return !Boolean.TRUE.equals(closed);
    }

    AreaDirectoryDocument renamed(String newName) {
        return new AreaDirectoryDocument(code, newName, level, parentCode, closed);
    }

    AreaDirectoryDocument movedUnder(String newParent) {
        return new AreaDirectoryDocument(code, name, level, newParent, closed);
    }

    AreaDirectoryDocument closedNow() {
        return new AreaDirectoryDocument(code, name, level, parentCode, true);
    }
}
