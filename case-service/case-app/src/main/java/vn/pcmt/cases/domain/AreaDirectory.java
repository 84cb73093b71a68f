package vn.pcmt.cases.domain;

import java.util.Optional;

/** Case-service's copy of the area directory, kept from the assessment service's events. */
public interface AreaDirectory {

    /** The commune a village belongs to, if the village is known. */
    Optional<String> communeOfVillage(String villageCode);
}
