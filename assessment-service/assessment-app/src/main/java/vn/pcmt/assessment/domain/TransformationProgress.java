package vn.pcmt.assessment.domain;

import java.util.Collection;

/**
 * A province's transformation targets against its selected communes (seed 004, Ninh Bình 2022–2025: at least 60% of
 * the selected areas transformed, at least 85% of the transformed not relapsing). A relapsed area counts as
 * transformed (it was) and as relapsed; a commune counts once, by its latest selection. A target is met exactly: count × 100 ≥ target × base; with nothing to count
 * (no area selected, none transformed) it is not met and not missed: {@code null}.
 */
public record TransformationProgress(int selected, int transformed, int relapsed, int transformedTargetPercent,
                                     int notRelapsingTargetPercent, Boolean transformedMet, Boolean notRelapsingMet) {

    public static final int TRANSFORMED_TARGET = 60;
    public static final int NOT_RELAPSING_TARGET = 85;

    public static TransformationProgress of(Collection<TransformationStage> stages) {
        int selected = stages.size();
        int relapsed = (int) stages.stream().filter(stage -> stage == TransformationStage.RELAPSED).count();
        int transformed = relapsed + (int) stages.stream().filter(stage -> stage == TransformationStage.TRANSFORMED).count();
        return new TransformationProgress(selected, transformed, relapsed, TRANSFORMED_TARGET, NOT_RELAPSING_TARGET,
                selected == 0 ? null : transformed * 100L >= (long) TRANSFORMED_TARGET * selected,
                transformed == 0 ? null : (transformed - relapsed) * 100L >= (long) NOT_RELAPSING_TARGET * transformed);
    }
}
