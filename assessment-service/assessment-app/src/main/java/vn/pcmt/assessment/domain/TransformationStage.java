package vn.pcmt.assessment.domain;

/** A selected key area's way: selected for transformation, transformed (no longer a key area), relapsed. */
public enum TransformationStage {
    SELECTED,
    TRANSFORMED,
    RELAPSED
}
