package vn.pcmt.assessment.web;

import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;

public record AreaResponse(String code, String name, AreaLevel level, String parentCode) {

    static AreaResponse of(AreaDirectoryDocument area) {
        return new AreaResponse(area.code(), area.name(), area.level(), area.parentCode());
    }
}
