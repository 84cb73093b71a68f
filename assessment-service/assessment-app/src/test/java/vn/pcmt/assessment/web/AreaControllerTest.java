package vn.pcmt.assessment.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(AreaController.class)
@Import({ProblemResponses.class, RequestIds.class})
class AreaControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    AreaDirectoryRepository areas;

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
}
