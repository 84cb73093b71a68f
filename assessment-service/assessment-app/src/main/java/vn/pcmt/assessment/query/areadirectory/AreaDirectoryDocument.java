package vn.pcmt.assessment.query.areadirectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.pcmt.assessment.domain.AreaLevel;

/**
 * An area as the directory knows it today: {@code parentCode} the area it is under now (a merger or split moves
 * children); {@code closedOn} and {@code successorCodes} once merged into another or split; {@code predecessorCodes}
 * the areas merged into it, whose people and history it took in; {@code formerNames} its names before renames.
 */
@Document("area_directory")
public record AreaDirectoryDocument(
        @Id String code,
        String name,
        AreaLevel level,
        @Indexed String parentCode,
        LocalDate closedOn,
        List<String> successorCodes,
        List<String> predecessorCodes,
        List<FormerName> formerNames) {

    public record FormerName(String name, LocalDate until, String decisionNo) {
    }

    @PersistenceCreator
    public AreaDirectoryDocument {
        successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
        predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    public AreaDirectoryDocument(String code, String name, AreaLevel level, String parentCode) {
        this(code, name, level, parentCode, null, List.of(), List.of(), List.of());
    }

    public boolean closed() {
        return closedOn != null;
    }

    AreaDirectoryDocument renamed(String newName, LocalDate effectiveOn, String decisionNo) {
        if (newName.equals(name)) {
            return this; // applied already
        }
        List<FormerName> names = new ArrayList<>(formerNames);
        names.add(new FormerName(name, effectiveOn.minusDays(1), decisionNo));
        return new AreaDirectoryDocument(code, newName, level, parentCode, closedOn, successorCodes, predecessorCodes, names);
    }

    AreaDirectoryDocument closed(LocalDate on, List<String> successors) {
        return new AreaDirectoryDocument(code, name, level, parentCode, on, successors, predecessorCodes, formerNames);
    }

    AreaDirectoryDocument tookIn(List<String> predecessors) {
        List<String> all = new ArrayList<>(predecessorCodes);
        predecessors.stream().filter(predecessor -> !all.contains(predecessor)).forEach(all::add);
        return new AreaDirectoryDocument(code, name, level, parentCode, closedOn, successorCodes, all, formerNames);
    }

    AreaDirectoryDocument movedUnder(String newParent) {
        return new AreaDirectoryDocument(code, name, level, newParent, closedOn, successorCodes, predecessorCodes, formerNames);
    }
}
