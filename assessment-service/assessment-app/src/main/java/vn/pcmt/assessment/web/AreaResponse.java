package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;

import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument.FormerName;

/** An area as the directory knows it today, with where it came from and, once closed, where it went. */
public record AreaResponse(String code, String name, AreaLevel level, String parentCode, LocalDate closedOn, List<String> successorCodes,
                           List<String> predecessorCodes, List<FormerName> formerNames) {

    static AreaResponse of(AreaDirectoryDocument area) {
        return new AreaResponse(area.code(), area.name(), area.level(), area.parentCode(), area.closedOn(), area.successorCodes(),
                area.predecessorCodes(), area.formerNames());
    }
}
