package vn.pcmt.cases.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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
import vn.pcmt.cases.query.drugcase.CaseRepository;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(CaseController.class)
@Import({ProblemResponses.class, RequestIds.class, CaseAccess.class})
class CaseControllerTest {

    static final String CASE = "/api/cases/5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    static final String VALID = """
            {"kind":"CRIMINAL","article":"249","communeCode":"17167","villageCode":"17167-02","openedOn":"2026-03-02",
             "persons":[{"fullName":"Hà Văn Tám","nationalId":"040090001234","residenceCommuneCode":"17167"}]}""";
    static final String SEIZURE = """
            {"substance":"HEROIN","quantity":12.5,"unit":"GRAM","seizedOn":"2026-03-02"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Commands commands;
    @MockitoBean
    CaseRepository cases;
    @MockitoBean
    Clock clock;

    static Stream<Arguments> badCase() {
        return Stream.of(
                Arguments.of(VALID.replace("\"249\"", "\"249b\""), "article", "PATTERN"),
                Arguments.of(VALID.replace("\"CRIMINAL\"", "\"CIVIL\""), "kind", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("\"17167\",\"villageCode\"", "{\"$ne\":null},\"villageCode\""), "communeCode", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("2026-03-02", "2099-03-02"), "openedOn", "DATE_IN_FUTURE"),
                Arguments.of(VALID.replace("040090001234", "04009000123"), "persons[0].nationalId", "PATTERN"),
                Arguments.of(VALID.replace("\"kind\":\"CRIMINAL\",", ""), "kind", "REQUIRED"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("badCase")
    void givenBadBody_whenCaseOpened_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    static Stream<Arguments> badSeizure() {
        return Stream.of(
                Arguments.of(SEIZURE.replace("12.5", "0"), "quantity", "OUT_OF_RANGE"),
                Arguments.of(SEIZURE.replace("12.5", "-3"), "quantity", "OUT_OF_RANGE"),
                Arguments.of(SEIZURE.replace("12.5", "1.0005"), "quantity", "DIGITS"),
                Arguments.of(SEIZURE.replace("\"GRAM\"", "\"POUND\""), "unit", "INVALID_FORMAT"),
                Arguments.of(SEIZURE.replace("\"HEROIN\"", "\"SUGAR\""), "substance", "INVALID_FORMAT"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("badSeizure")
    void givenBadSeizure_whenRecorded_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post(CASE + "/seizures").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownCase_whenArrestRecorded_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(post(CASE + "/arrests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\"kind\":\"WARRANT\",\"arrestedOn\":\"2026-03-02\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CASE_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenPageTooLarge_whenListed_thenBadRequest() throws Exception {
        mvc.perform(get("/api/cases").param("communeCode", "17167").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("OUT_OF_RANGE"));
    }
}
