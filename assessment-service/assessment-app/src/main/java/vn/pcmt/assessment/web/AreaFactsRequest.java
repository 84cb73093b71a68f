package vn.pcmt.assessment.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.pcmt.assessment.domain.PreventionModel;

/** {@code PUT /api/areas/{code}/facts/{year}}: the manual facts of a programme year, with the document they come from. */
public record AreaFactsRequest(
        @NotNull @PositiveOrZero @Max(200_000_000) Long population,
        @NotNull @PositiveOrZero @Max(100_000_000) Long households,
        @NotNull @PositiveOrZero @Max(100_000_000) Long householdsCommitted,
        boolean onRoute,
        @Size(max = 50) List<@Valid @NotNull Model> preventionModels,
        @Size(max = 1000) String evidence) {

    public record Model(@NotBlank @Size(max = 300) String name, @NotNull @PastOrPresent LocalDate since, boolean effective) {

        PreventionModel toModel() {
            return new PreventionModel(name.strip(), since, effective);
        }
    }

    List<PreventionModel> models() {
        return preventionModels == null ? List.of() : preventionModels.stream().map(Model::toModel).toList();
    }
}
