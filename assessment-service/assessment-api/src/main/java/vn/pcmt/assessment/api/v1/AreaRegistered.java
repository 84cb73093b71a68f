package vn.pcmt.assessment.api.v1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code assessment.AreaRegistered}: an area joined the directory. Key: the area code.
 *
 * @param parentCode the province of a commune, the commune of a village; null for a province
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AreaRegistered(String code, String name, AreaLevel level, String parentCode) {

    public static final String TYPE = "assessment.AreaRegistered";
    public static final int VERSION = 1;
}
