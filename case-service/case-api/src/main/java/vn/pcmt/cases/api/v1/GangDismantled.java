package vn.pcmt.cases.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code cases.GangDismantled}: the gang or network of {@code communeCode} was dismantled on {@code dismantledOn}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GangDismantled(
        String gangId,
        String communeCode,
        LocalDate dismantledOn) {

    public static final String TYPE = "cases.GangDismantled";
    public static final int VERSION = 1;
}
