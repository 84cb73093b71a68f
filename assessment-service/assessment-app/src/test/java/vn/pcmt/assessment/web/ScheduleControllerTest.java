package vn.pcmt.assessment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.ProgrammeSchedule;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.schedule.Schedules;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(ScheduleController.class)
@Import({ProblemResponses.class, RequestIds.class, KnownAreas.class, AreaAccess.class})
class ScheduleControllerTest {

    static final String SCHEDULE = """
            {"implementationEndsOn":"2026-11-15","appraisalStartsOn":"2026-11-16","appraisalEndsOn":"2026-11-25"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    Schedules schedules;

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"appraisalStartsOn\":\"2026-11-16\",\"appraisalEndsOn\":\"2026-11-25\"} | implementationEndsOn | REQUIRED",
            "{\"implementationEndsOn\":\"2026-11-15\",\"appraisalStartsOn\":\"16/11/2026\",\"appraisalEndsOn\":\"2026-11-25\"} | appraisalStartsOn | INVALID_FORMAT",
            "{\"implementationEndsOn\":\"2026-11-15\",\"appraisalStartsOn\":\"2026-11-16\",\"appraisalEndsOn\":{\"$gt\":\"\"}} | appraisalEndsOn | INVALID_FORMAT"})
    void givenABadSchedule_whenPut_thenBadRequestNamingTheFieldAndNothingSent(String body, String field, String code) throws Exception {
        when(areas.findById("40")).thenReturn(Optional.of(new AreaDirectoryDocument("40", "Nghệ An", AreaLevel.PROVINCE, null)));

        mvc.perform(put("/api/areas/40/schedule/2026").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAnUnknownProvince_whenPut_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(put("/api/areas/99/schedule/2026").contentType(MediaType.APPLICATION_JSON).content(SCHEDULE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenNoScheduleSet_whenGet_thenTheDefaultWithoutVersion() throws Exception {
        when(areas.findById("17167")).thenReturn(Optional.of(new AreaDirectoryDocument("17167", "Diễn Châu", AreaLevel.COMMUNE, "40")));
        when(schedules.inForce("17167", 2026)).thenReturn(new Schedules.InForce(ProgrammeSchedule.defaults(2026), null, -1));

        mvc.perform(get("/api/areas/17167/schedule/2026"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.schedule.appraisalEndsOn").value("2026-12-20"))
                .andExpect(jsonPath("$.setBy").doesNotExist());
    }
}
