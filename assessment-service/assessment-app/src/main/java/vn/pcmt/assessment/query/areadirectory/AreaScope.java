package vn.pcmt.assessment.query.areadirectory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The codes an area's facts carry: its own, those of the areas merged into it (and into them) once closed into it,
 * and those of its
 * children today with theirs — so a commune formed by a merger counts the people and cases recorded under the old
 * communes, and a commune that received villages in a split counts the people recorded in them. A person recorded
 * under a split commune with no village is not placed in any successor until the registry moves them.
 */
@Component
public class AreaScope {

    private final AreaDirectoryRepository areas;

    public AreaScope(AreaDirectoryRepository areas) {
        this.areas = areas;
    }

    public Set<String> codesOf(String areaCode) {
        Set<String> codes = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(areaCode);
        areas.findByParentCodeAndClosedOnIsNullOrderByCode(areaCode).forEach(child -> todo.add(child.code()));
        while (!todo.isEmpty()) {
            String code = todo.poll();
            if (codes.add(code)) {
                areas.findById(code).ifPresent(known -> known.predecessorCodes().stream()
                        .filter(predecessor -> closedInto(predecessor, code))
                        .forEach(todo::add));
            }
        }
        return codes;
    }

    /** A predecessor counts once it has closed into the successor (its own event confirms the merger). */
    private boolean closedInto(String predecessor, String successor) {
        return areas.findById(predecessor).filter(area -> area.closed() && area.successorCodes().contains(successor)).isPresent();
    }
}
