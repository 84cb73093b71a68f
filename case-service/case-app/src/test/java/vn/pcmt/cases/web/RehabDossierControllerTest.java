package vn.pcmt.cases.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.cases.query.rehabdossier.RehabDossierRepository;
import vn.pcmt.cases.domain.Residence;
import vn.pcmt.cases.domain.SubjectDirectory;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(RehabDossierController.class)
@Import({ProblemResponses.class, RequestIds.class, RehabDossierControllerTest.FixedClock.class, CaseAccess.class})
class RehabDossierControllerTest {

    static final String DOSSIER = """
            {"subjectId":"2d66a44c-0515-41bf-92b4-92924e78228c","communeCode":"17167","preparedOn":"2026-04-20",
             "violationRecordOn":"2026-04-15","cvSummary":true,"addictionProofOn":"2026-03-10","personStatement":true,"repeat":false}""";
    static final String STEPS = "/api/rehab-dossiers/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/steps";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Commands commands;
    @MockitoBean
    RehabDossierRepository dossiers;
    @MockitoBean
    SubjectDirectory subjects;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("/api/rehab-dossiers", DOSSIER.replace("2d66a44c-0515-41bf-92b4-92924e78228c", "s-1"), "subjectId", "INVALID_FORMAT"),
                Arguments.of("/api/rehab-dossiers", DOSSIER.replace("\"17167\"", "{\"$ne\":null}"), "communeCode", "INVALID_FORMAT"),
                Arguments.of("/api/rehab-dossiers", DOSSIER.replace("2026-04-20", "2099-12-01"), "preparedOn", "DATE_IN_FUTURE"),
                Arguments.of(STEPS, "{\"step\":\"APPEAL\",\"on\":\"2026-05-05\"}", "step", "INVALID_FORMAT"),
                Arguments.of(STEPS, "{\"step\":\"NOTIFY\"}", "on", "REQUIRED"),
                Arguments.of(STEPS, "{\"step\":\"COURT_DECISION\",\"on\":\"2026-05-19\",\"receivedOn\":\"2026-05-20\",\"accepted\":true,\"months\":18}",
                        "decisionNo", "REQUIRED"),
                Arguments.of(STEPS, "{\"step\":\"COURT_DECISION\",\"on\":\"2026-05-19\",\"decisionNo\":\"1\",\"receivedOn\":\"2026-05-20\",\"accepted\":true,\"months\":0}",
                        "months", "OUT_OF_RANGE"),
                Arguments.of(STEPS, "{\"step\":\"EXECUTE\",\"on\":\"2026-05-28\"}", "facility", "REQUIRED"),
                Arguments.of(STEPS, "{\"step\":\"END\",\"on\":\"2026-11-20\",\"outcome\":\"ESCAPED\"}", "outcome", "INVALID_FORMAT"));
    }

    @ParameterizedTest(name = "{0} {2} → {3}")
    @MethodSource("badInput")
    void givenBadInput_whenPosted_thenBadRequestNamingTheFieldAndNothingSent(String path, String body, String field, String code)
            throws Exception {
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenOperatorInCommuneParameter_whenListed_thenBadRequest() throws Exception {
        mvc.perform(get("/api/rehab-dossiers?communeCode=%7B%22%24ne%22%3Anull%7D"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"));
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock businessClock() {
            return Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), EventMetaData.BUSINESS_ZONE);
        }
    }

    @Test
    void givenSubjectWithAnOpenDossier_whenAnotherPrepared_thenConflictAndNothingSent() throws Exception {
        when(subjects.require("2d66a44c-0515-41bf-92b4-92924e78228c", "subjectId")).thenReturn(new Residence("17167", null));
        when(dossiers.existsBySubjectIdAndStageIn(eq("2d66a44c-0515-41bf-92b4-92924e78228c"), any()))
                .thenReturn(true);

        mvc.perform(post("/api/rehab-dossiers").contentType(MediaType.APPLICATION_JSON).content(DOSSIER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DOSSIER_ALREADY_OPEN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenSubjectOfAnotherCommuneWithAnOpenDossier_whenPrepared_thenNotResidentNotTheDossier() throws Exception {
        when(subjects.require("2d66a44c-0515-41bf-92b4-92924e78228c", "subjectId")).thenReturn(new Residence("17170", null));
        when(dossiers.existsBySubjectIdAndStageIn(eq("2d66a44c-0515-41bf-92b4-92924e78228c"), any())).thenReturn(true);

        mvc.perform(post("/api/rehab-dossiers").contentType(MediaType.APPLICATION_JSON).content(DOSSIER))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("SUBJECT_NOT_RESIDENT"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
