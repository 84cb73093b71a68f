package vn.pcmt.cases.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
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
import vn.pcmt.cases.query.gang.GangRepository;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(GangController.class)
@Import({ProblemResponses.class, RequestIds.class, CaseAccess.class})
class GangControllerTest {

    static final String VALID = """
            {"kind":"NETWORK","alias":"Đường dây Tùng béo","activity":"TRAFFICKING","communeCode":"17167","identifiedOn":"2026-01-20",
             "members":[{"fullName":"Tùng béo","role":"LEADER"}]}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Commands commands;
    @MockitoBean
    GangRepository gangs;
    @MockitoBean
    Clock clock;

    static Stream<Arguments> badGang() {
        return Stream.of(
                Arguments.of(VALID.replace("\"NETWORK\"", "\"CLUB\""), "kind", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("\"Đường dây Tùng béo\"", "\" \""), "alias", "REQUIRED"),
                Arguments.of(VALID.replace("\"LEADER\"", "\"BOSS\""), "members[0].role", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("2026-01-20", "2099-01-20"), "identifiedOn", "DATE_IN_FUTURE"),
                Arguments.of(VALID.replace("\"17167\"", "{\"$ne\":null}"), "communeCode", "INVALID_FORMAT"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("badGang")
    void givenBadBody_whenGangIdentified_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post("/api/gangs").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownGang_whenDismantled_thenNotFoundAndNothingSent() throws Exception {
        mvc.perform(post("/api/gangs/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d/dismantling").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"2026-06-30\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("GANG_UNKNOWN"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
