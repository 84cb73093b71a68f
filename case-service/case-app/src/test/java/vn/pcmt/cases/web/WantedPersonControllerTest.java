package vn.pcmt.cases.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import vn.pcmt.cases.query.wantedperson.WantedPersonRepository;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(WantedPersonController.class)
@Import({ProblemResponses.class, RequestIds.class, CaseAccess.class})
class WantedPersonControllerTest {

    static final String VALID = """
            {"fullName":"Lò Văn Sáu","warrantNo":"05/QĐ-TN","article":"251","wantedSince":"2026-01-12",
             "hidingCommuneCode":"17167","hidingVillageCode":"17167-02"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Commands commands;
    @MockitoBean
    WantedPersonRepository wanted;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(VALID.replace("\"251\"", "\"251b\""), "article", "PATTERN"),
                Arguments.of(VALID.replace("\"251\"", "{\"$gt\":\"\"}"), "article", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("\"17167\"", "\"1 OR 1=1\""), "hidingCommuneCode", "PATTERN"),
                Arguments.of(VALID.replace("2026-01-12", "2099-01-12"), "wantedSince", "DATE_IN_FUTURE"),
                Arguments.of(VALID.replace("\"Lò Văn Sáu\"", "\" \""), "fullName", "REQUIRED"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("badInput")
    void givenBadBody_whenRegistered_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post("/api/wanted-persons").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownWantedPerson_whenCaptured_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(post("/api/wanted-persons/3c2b1a09-8f7e-4d6c-b5a4-938271605f4e/capture").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"capturedOn\":\"2026-04-18\",\"communeCode\":\"17167\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("WANTED_PERSON_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
