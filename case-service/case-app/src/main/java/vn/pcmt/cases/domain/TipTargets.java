package vn.pcmt.cases.domain;

/** Whether the case, hotspot or registry subject a tip became exists. */
public interface TipTargets {

    boolean exists(TipOutcome outcome, String referenceId);
}
