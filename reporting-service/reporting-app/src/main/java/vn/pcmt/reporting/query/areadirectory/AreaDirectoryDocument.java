package vn.pcmt.reporting.query.areadirectory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An area as the directory has it today; {@code closedOn} once merged into another or split. */
@Document("area_directory")
public record AreaDirectoryDocument(@Id String code, String name, String level, @Indexed String parentCode, LocalDate closedOn) {

    public AreaDirectoryDocument renamed(String newName) {
        return new AreaDirectoryDocument(code, newName, level, parentCode, closedOn);
    }

    public AreaDirectoryDocument movedUnder(String newParentCode) {
        return new AreaDirectoryDocument(code, name, level, newParentCode, closedOn);
    }

    public AreaDirectoryDocument closed(LocalDate on) {
        return new AreaDirectoryDocument(code, name, level, parentCode, on);
    }
}
