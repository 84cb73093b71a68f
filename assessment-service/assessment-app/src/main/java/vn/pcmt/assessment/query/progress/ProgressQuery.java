package vn.pcmt.assessment.query.progress;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.pcmt.assessment.domain.Progress;
import vn.pcmt.assessment.query.appraisal.AppraisalDocument;
import vn.pcmt.assessment.query.appraisal.AppraisalRepository;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;

/** An area's children recognised drug-free in a year (by the recorded decisions), against the year's target. */
@Component
public class ProgressQuery {

    private final AreaDirectoryRepository areas;
    private final AppraisalRepository appraisals;
    private final TargetRepository targets;

    public ProgressQuery(AreaDirectoryRepository areas, AppraisalRepository appraisals, TargetRepository targets) {
        this.areas = areas;
        this.appraisals = appraisals;
        this.targets = targets;
    }

    public Progress of(String areaCode, int year) {
        List<String> children = areas.findByParentCodeAndClosedOnIsNullOrderByCode(areaCode).stream().map(AreaDirectoryDocument::code).toList();
        List<AppraisalDocument> decided = appraisals.findByAreaCodeInAndDecisionRecognizedTrue(children);
        Integer target = targets.findById(TargetDocument.id(areaCode, year)).map(TargetDocument::drugFreeChildrenPercent).orElse(null);
        return Progress.of(areaCode, year, children, recognizedIn(decided, year), recognizedIn(decided, year - 1), target);
    }

    private static Set<String> recognizedIn(List<AppraisalDocument> decided, int year) {
        return decided.stream().filter(a -> a.decision().year() == year).map(AppraisalDocument::areaCode).collect(Collectors.toSet());
    }
}
