package vn.pcmt.assessment.query.areadirectory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.AreaLevel;

@Document("area_directory")
public record AreaDirectoryDocument(@Id String code, String name, AreaLevel level, @Indexed String parentCode) {
}
