package vn.pcmt.cases.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import vn.pcmt.cases.domain.TipChannel;
import vn.pcmt.cases.domain.TipStage;
import vn.pcmt.cases.domain.Tipster;
import vn.pcmt.cases.query.tip.TipDocument;
import vn.pcmt.cases.query.tip.TipRepository;
import vn.pcmt.cases.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.CurrentActor;
import vn.pcmt.platform.event.Actor;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

@WebMvcTest(TipController.class)
@Import({ProblemResponses.class, RequestIds.class, CaseAccess.class})
class TipControllerTest {

    static final String TIP_ID = "7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7";
    static final String VALID = """
            {"channel":"HOTLINE","receivedOn":"2026-02-03","communeCode":"17167","content":"Nhà ông X có nhiều người lạ",
             "anonymous":false,"tipster":{"fullName":"Nguyễn Thị Hoa","phone":"0912345678"}}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    Commands commands;
    @MockitoBean
    TipRepository tips;
    @MockitoBean
    CurrentActor currentActor;

    static Stream<Arguments> badTip() {
        return Stream.of(
                Arguments.of(VALID.replace("\"HOTLINE\"", "\"PIGEON\""), "channel", "INVALID_FORMAT"),
                Arguments.of(VALID.replace("0912345678", "call me"), "tipster.phone", "PATTERN"),
                Arguments.of(VALID.replace("\"Nhà ông X có nhiều người lạ\"", "\"  \""), "content", "REQUIRED"),
                Arguments.of(VALID.replace("2026-02-03", "2099-02-03"), "receivedOn", "DATE_IN_FUTURE"));
    }

    @ParameterizedTest(name = "{1} → {2}")
    @MethodSource("badTip")
    void givenBadBody_whenTipReceived_thenBadRequestAndNothingSent(String body, String field, String code) throws Exception {
        mvc.perform(post("/api/tips").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        verify(commands, never()).send(any(), any(), any(LocalDate.class));
    }

    @Test
    void givenTriageWithoutHandlers_whenSent_thenBadRequestAndNothingSent() throws Exception {
        mvc.perform(post("/api/tips/" + TIP_ID + "/steps").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"step\":\"TRIAGE\",\"on\":\"2026-02-04\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("handlers"));
        verify(commands, never()).send(any(), any(), any(LocalDate.class));
    }

    @Test
    void givenNamedTip_whenReadByAnOfficerNotHandlingIt_thenTipsterWithheld() throws Exception {
        when(tips.findById(TIP_ID)).thenReturn(Optional.of(tip()));
        when(currentActor.get()).thenReturn(new Actor("cax-dienchau-07", "COMMUNE_OFFICER", "17167"));

        mvc.perform(get("/api/tips/" + TIP_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tipster").doesNotExist())
                .andExpect(jsonPath("$.tipsterWithheld").value(true))
                .andExpect(jsonPath("$.handlers").doesNotExist());
    }

    @Test
    void givenNamedTip_whenReadByItsHandler_thenTipsterShown() throws Exception {
        when(tips.findById(TIP_ID)).thenReturn(Optional.of(tip()));
        when(currentActor.get()).thenReturn(new Actor("cax-dienchau-02", "COMMUNE_OFFICER", "17167"));

        mvc.perform(get("/api/tips/" + TIP_ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tipster.fullName").value("Nguyễn Thị Hoa"))
                .andExpect(jsonPath("$.tipsterWithheld").value(false));
    }

    private static TipDocument tip() {
        return new TipDocument(TIP_ID, TipChannel.HOTLINE, LocalDate.of(2026, 2, 3), "17167", null, "Nhà ông X", false,
                new Tipster("Nguyễn Thị Hoa", "0912345678", null), List.of("cax-dienchau-02"), false, TipStage.RECEIVED,
                LocalDate.of(2026, 2, 3), null, null, null, null, null, 0);
    }
}
