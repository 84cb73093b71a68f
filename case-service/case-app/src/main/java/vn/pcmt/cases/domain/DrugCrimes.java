package vn.pcmt.cases.domain;

import java.util.Set;

/** The drug crimes of the Criminal Code (Chapter XX): Art. 247–252, 255, 256 and 256a (in force 1/7/2025). */
public final class DrugCrimes {

    public static final Set<String> ARTICLES = Set.of("247", "248", "249", "250", "251", "252", "255", "256", "256a");

    private DrugCrimes() {
    }
}
