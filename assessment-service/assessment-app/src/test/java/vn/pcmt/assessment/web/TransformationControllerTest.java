package vn.pcmt.assessment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areadirectory.AreaScope;
import vn.pcmt.assessment.query.areafacts.AreaFactsAssembler;
import vn.pcmt.assessment.query.transformation.TransformationRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(TransformationController.class)
@Import({ProblemResponses.class, RequestIds.class, KnownAreas.class, AreaAccess.class})
class TransformationControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AreaFactsAssembler facts;
    @MockitoBean
    AreaScope scope;
    @MockitoBean
    TransformationRepository transformations;

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"selectedOn\":\"2026-02-10\",\"decisionNo\":\"5/QĐ\"} | communeCode | REQUIRED",
            "{\"communeCode\":\"14650\",\"selectedOn\":\"2099-02-10\",\"decisionNo\":\"5/QĐ\"} | selectedOn | DATE_IN_FUTURE",
            "{\"communeCode\":\"14 650\",\"selectedOn\":\"2026-02-10\",\"decisionNo\":\"5/QĐ\"} | communeCode | PATTERN",
            "{\"communeCode\":\"14650\",\"selectedOn\":\"2026-02-10\",\"decisionNo\":\" \"} | decisionNo | REQUIRED"})
    void givenABadSelection_whenPosted_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post("/api/transformations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"14650-01, VILLAGE, false, AREA_LEVEL_NOT_ALLOWED", "14651, COMMUNE, true, AREA_CLOSED"})
    void givenAVillageOrAClosedCommune_whenSelected_thenUnprocessableAndNothingSent(String code, AreaLevel level, boolean closed,
                                                                                   String expected) throws Exception {
        when(areas.findById(code)).thenReturn(Optional.of(new AreaDirectoryDocument(code, "x", level, "14650", closed
                ? LocalDate.of(2025, 7, 1) : null, java.util.List.of(), java.util.List.of(), java.util.List.of())));

        mvc.perform(post("/api/transformations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"communeCode\":\"" + code + "\",\"selectedOn\":\"2026-02-10\",\"decisionNo\":\"5/QĐ\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value(expected));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAnUnknownTransformation_whenRelapseRecorded_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(post("/api/transformations/" + UUID.randomUUID() + "/relapse").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relapsedOn\":\"2026-06-02\",\"reason\":\"Tụ điểm tái hình thành\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TRANSFORMATION_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAVillage_whenItsTransformationsAreAsked_thenUnprocessable() throws Exception {
        when(areas.findById("14650-01")).thenReturn(Optional.of(new AreaDirectoryDocument("14650-01", "x", AreaLevel.VILLAGE, "14650")));
        mvc.perform(get("/api/areas/14650-01/transformations"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("AREA_LEVEL_NOT_ALLOWED"));
    }
}
