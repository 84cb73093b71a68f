package vn.pcmt.assessment.domain;

import java.util.List;
import java.util.Set;

/**
 * How far an area is towards its target for a year: of its {@code children} (villages of a commune, communes of a
 * province), those recognised drug-free that year — kept from the year before or new — and those that lost it.
 * {@code met} compares exactly: recognised × 100 ≥ target × children.
 */
public record Progress(String areaCode, int year, int children, List<String> recognized, List<String> kept, List<String> fresh,
                       List<String> lost, double percent, Integer targetPercent, Boolean met) {

    public static Progress of(String areaCode, int year, List<String> children, Set<String> recognizedThisYear,
                              Set<String> recognizedLastYear, Integer targetPercent) {
        List<String> recognized = children.stream().filter(recognizedThisYear::contains).toList();
        List<String> kept = recognized.stream().filter(recognizedLastYear::contains).toList();
        List<String> fresh = recognized.stream().filter(code -> !recognizedLastYear.contains(code)).toList();
        List<String> lost = children.stream().filter(code -> recognizedLastYear.contains(code) && !recognizedThisYear.contains(code)).toList();
        double percent = children.isEmpty() ? 0 : Math.round(recognized.size() * 1000.0 / children.size()) / 10.0;
        Boolean met = targetPercent == null ? null : !children.isEmpty() && recognized.size() * 100L >= (long) targetPercent * children.size();
        return new Progress(areaCode, year, children.size(), recognized, kept, fresh, lost, percent, targetPercent, met);
    }
}
