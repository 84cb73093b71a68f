package vn.pcmt.registry.domain;

/** How a drug test was done (xét nghiệm chất ma túy trong cơ thể: urine, blood or other samples). */
public enum TestMethod {
    URINE_RAPID,
    URINE_LAB,
    BLOOD,
    HAIR,
    OTHER
}
