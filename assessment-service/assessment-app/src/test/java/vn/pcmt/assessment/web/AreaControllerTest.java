package vn.pcmt.assessment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areafacts.AreaFactsRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(AreaController.class)
@Import({ProblemResponses.class, RequestIds.class, AreaImport.class, AreaAccess.class})
class AreaControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AreaFactsRepository facts;

    static final String FACTS = """
            {"population":1200,"households":300,"householdsCommitted":290,"onRoute":false,
             "preventionModels":[{"name":"Câu lạc bộ gia đình không ma túy","since":"2025-03-01","effective":true}]}""";

    static Stream<Arguments> badFacts() {
        return Stream.of(
                Arguments.of("2026", FACTS.replace("1200", "-1"), "population", "OUT_OF_RANGE"),
                Arguments.of("2026", FACTS.replace("290", "{\"$gt\":0}"), "householdsCommitted",
                        "INVALID_FORMAT"),
                Arguments.of("2026", FACTS.replace("\"Câu lạc bộ gia đình không ma túy\"", "\" \""),
                        "preventionModels[0].name", "REQUIRED"),
                Arguments.of("2026", FACTS.replace("2025-03-01", "2099-03-01"),
                        "preventionModels[0].since", "DATE_IN_FUTURE"),
                Arguments.of("1999", FACTS, "year", "OUT_OF_RANGE"));
    }

    @ParameterizedTest(name = "{2} → {3}")
    @MethodSource("badFacts")
    void givenBadFacts_whenPut_thenBadRequestAndNothingSent(String year, String body, String field, String code) throws Exception {
        when(areas.existsById("17167-02")).thenReturn(true);

        mvc.perform(put("/api/areas/17167-02/facts/" + year).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownArea_whenFactsPut_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(put("/api/areas/17167-99/facts/2026").contentType(MediaType.APPLICATION_JSON).content(FACTS))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenValidCommune_whenPost_thenCreatedWithLocationAndVersion() throws Exception {
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"17167\",\"name\":\"Diễn Châu\",\"level\":\"COMMUNE\",\"parentCode\":\"40\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/areas/17167"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Diễn Châu"));
    }

    @Test
    void givenMissingNameAndBadCode_whenPost_thenProblemWithBothFieldsAndNothingSent() throws Exception {
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"1 7\",\"level\":\"COMMUNE\",\"parentCode\":\"40\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].code").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field=='code')].code").value("PATTERN"))
                .andExpect(jsonPath("$.traceId").exists());
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownLevel_whenPost_thenMalformedProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"17167\",\"name\":\"Diễn Châu\",\"level\":\"DISTRICT\",\"parentCode\":\"40\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenBrokenJson_whenPost_thenMalformedProblem() throws Exception {
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON).content("{\"code\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void givenOperatorInjectionInBody_whenPost_thenRejectedAsMalformed() throws Exception {
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":{\"$ne\":null},\"name\":\"x\",\"level\":\"PROVINCE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownParent_whenPost_thenUnprocessableAreaUnknown() throws Exception {
        when(commands.send(any(), any(LocalDate.class))).thenThrow(Refusal.ruleViolated("AREA_UNKNOWN",
                "Không có địa bàn cấp trên mã 99.", new FieldProblem("parentCode", "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        mvc.perform(post("/api/areas").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"17167\",\"name\":\"Diễn Châu\",\"level\":\"COMMUNE\",\"parentCode\":\"99\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"))
                .andExpect(jsonPath("$.detail").value("Không có địa bàn cấp trên mã 99."))
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void givenKnownArea_whenGet_thenArea() throws Exception {
        when(areas.findById("40")).thenReturn(Optional.of(new AreaDirectoryDocument("40", "Nghệ An", AreaLevel.PROVINCE, null)));
        mvc.perform(get("/api/areas/40"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("PROVINCE"));
    }

    @Test
    void givenUnknownArea_whenGet_thenNotFoundProblem() throws Exception {
        mvc.perform(get("/api/areas/77"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"));
    }

    static Stream<Arguments> badChanges() {
        return Stream.of(
                Arguments.of("renames", "{\"effectiveOn\":\"2025-07-01\",\"decisionNo\":\"1/NQ\"}", "name", "REQUIRED"),
                Arguments.of("mergers", "{\"predecessorCodes\":[],\"effectiveOn\":\"2025-07-01\",\"decisionNo\":\"1/NQ\"}",
                        "predecessorCodes", "REQUIRED"),
                Arguments.of("mergers", "{\"predecessorCodes\":[\"1 7\"],\"effectiveOn\":\"2025-07-01\",\"decisionNo\":\"1/NQ\"}",
                        "predecessorCodes[0]", "PATTERN"),
                Arguments.of("splits", "{\"successorCodes\":[\"17171\"],\"assignments\":{},\"effectiveOn\":\"2025-07-01\","
                        + "\"decisionNo\":\"1/NQ\"}", "successorCodes", "SIZE"),
                Arguments.of("splits", "{\"successorCodes\":[\"17171\",\"17172\"],\"effectiveOn\":\"2025-07-01\","
                        + "\"decisionNo\":\"1/NQ\"}", "assignments", "REQUIRED"));
    }

    @ParameterizedTest(name = "{0}: {2} → {3}")
    @MethodSource("badChanges")
    void givenABadChange_whenPosted_thenBadRequestAndNothingSent(String change, String body, String field, String code) throws Exception {
        when(areas.findById("17160")).thenReturn(Optional.of(new AreaDirectoryDocument("17160", "Xã Diễn Châu", AreaLevel.COMMUNE, "40")));

        mvc.perform(post("/api/areas/17160/" + change).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAnUnknownArea_whenMerged_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(post("/api/areas/17999/mergers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"predecessorCodes\":[\"17161\"],\"effectiveOn\":\"2025-07-01\",\"decisionNo\":\"1/NQ\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
