package vn.pcmt.assessment.query.areadirectory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** Each area document is read once: the area's, its children's in one query, each predecessor's. */
    public Set<String> codesOf(String areaCode) {
        Set<String> codes = new LinkedHashSet<>(List.of(areaCode));
        Deque<AreaDirectoryDocument> todo = new ArrayDeque<>();
        areas.findById(areaCode).ifPresent(todo::add);
        areas.findByParentCodeAndClosedOnIsNullOrderByCode(areaCode).stream().filter(child -> codes.add(child.code())).forEach(todo::add);
        while (!todo.isEmpty()) {
            AreaDirectoryDocument area = todo.poll();
            for (String predecessor : area.predecessorCodes()) {
                if (!codes.contains(predecessor)) {
                    // a predecessor counts once it has closed into the successor (its own event confirms the merger)
                    areas.findById(predecessor).filter(known -> known.closed() && known.successorCodes().contains(area.code()))
                            .ifPresent(known -> {
                                codes.add(known.code());
                                todo.add(known);
                            });
                }
            }
        }
        return codes;
    }
}
