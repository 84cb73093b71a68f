package vn.pcmt.cases.domain;

/** The unit a seizure is weighed or counted in. */
public enum QuantityUnit {
    GRAM,
    KILOGRAM,
    MILLILITRE,
    TABLET,
    PLANT
}
