package vn.pcmt.cases.query.areadirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("area_directory")
public record AreaDirectoryDocument(@Id String code, String name, String level, String parentCode) {
}
