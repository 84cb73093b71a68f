package vn.pcmt.cases.domain;

import java.math.BigDecimal;

/** Quantities as officers write them: no trailing zeros and never in exponent form (100, not 1E+2). */
final class Quantities {

    private Quantities() {
    }

    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
