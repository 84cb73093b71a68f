package vn.pcmt.reporting.query.areadirectory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * An area as the directory has it, with its past: {@code parentCode} is its parent today, {@code parents} every parent
 * it had and from which day (the first from its registration, {@code from} null), {@code closedOn} the day it stopped
 * existing (merged into another or split).
 */
public record AreaDirectoryDocument(@Id String code, String name, String level, String parentCode, LocalDate closedOn,
                                    List<Parent> parents) {

    /** Under {@code code} from {@code from} (null: since the area was registered). */
    public record Parent(String code, LocalDate from) {
    }

    public AreaDirectoryDocument {
        // a document kept before parents were dated: its parent today, since always
        parents = parents == null ? (parentCode == null ? List.of() : List.of(new Parent(parentCode, null))) : List.copyOf(parents);
    }

    /** A newly registered area. */
    public static AreaDirectoryDocument registered(String code, String name, String level, String parentCode) {
        return new AreaDirectoryDocument(code, name, level, parentCode, null, null);
    }

    public AreaDirectoryDocument renamed(String newName) {
        return new AreaDirectoryDocument(code, newName, level, parentCode, closedOn, parents);
    }

    /**
     * Under {@code newParentCode} from {@code on} (after its parent was merged or split), kept in the order of the days,
     * however late a move is recorded; its parent today is the last.
     */
    public AreaDirectoryDocument movedUnder(String newParentCode, LocalDate on) {
        List<Parent> moved = new ArrayList<>(parents);
        moved.add(new Parent(newParentCode, on));
        moved.sort(Comparator.comparing(Parent::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new AreaDirectoryDocument(code, name, level, moved.getLast().code(), closedOn, moved);
    }

    public AreaDirectoryDocument closed(LocalDate on) {
        return new AreaDirectoryDocument(code, name, level, parentCode, on, parents);
    }

    /** Its parent on {@code day}: the last one it was moved under by then (null for a province). */
    public String parentOn(LocalDate day) {
        String parent = parents.isEmpty() ? parentCode : parents.getFirst().code();
        for (Parent next : parents) {
            if (next.from() == null || !next.from().isAfter(day)) {
                parent = next.code();
            }
        }
        return parent;
    }

    /** Whether it existed on {@code day}: not closed by then. */
    public boolean openOn(LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    public boolean open() {
        return closedOn == null;
    }
}
