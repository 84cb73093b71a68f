package vn.pcmt.reporting.query.areadirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("area_directory")
public record AreaDirectoryDocument(@Id String code, String name, String level, @Indexed String parentCode) {
}
