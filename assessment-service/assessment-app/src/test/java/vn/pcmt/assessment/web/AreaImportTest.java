package vn.pcmt.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.assessment.domain.AreaLevel;
import vn.pcmt.assessment.domain.command.RecordAreaFacts;
import vn.pcmt.assessment.domain.command.RegisterArea;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryDocument;
import vn.pcmt.assessment.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.assessment.query.areafacts.AreaFactsRepository;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.axon.EventMetaData;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;

/** {@code POST /api/areas/import}: every line gets its outcome; a refused line sends nothing. */
@WebMvcTest(AreaController.class)
@Import({ProblemResponses.class, RequestIds.class, AreaImport.class, AreaAccess.class})
class AreaImportTest {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    AreaDirectoryRepository areas;
    @MockitoBean
    AreaFactsRepository facts;

    @Test
    void givenAFileWithGoodAndBadLines_whenImported_thenEachLineReportedAndOnlyGoodOnesSent() throws Exception {
        when(areas.findById("40")).thenReturn(Optional.of(new AreaDirectoryDocument("40", "Nghệ An", AreaLevel.PROVINCE, null)));
        when(commands.send(argThat(c -> c instanceof RegisterArea r && r.code().equals("17999")), any(LocalDate.class)))
                .thenThrow(new CommandExecutionException("refused", Refusal.ruleViolated("AREA_UNKNOWN", "Không có địa bàn cấp trên mã 99.",
                        new FieldProblem("parentCode", "AREA_UNKNOWN", "Không có địa bàn mã này."))));
        String file = """
                code,name,level,parentCode,year,population,households
                40,Nghệ An,PROVINCE,,,,
                17167,"Xã Diễn Châu, Nghệ An",COMMUNE,40,2026,24000,6100
                1 7,Xã Lỗi,COMMUNE,40,,,
                17168,Huyện cũ,DISTRICT,40,,,
                17999,Xã Lạc,COMMUNE,99,,,
                17167-01,Xóm 1,VILLAGE,17167,2026,500,600
                17167-02,Xóm 2,VILLAGE,17167,,,,thừa
                17167-03,Xóm 3,VILLAGE,17167,2026,,
                17167-04, Xóm 4 ,village,17167,,,
                """;

        mvc.perform(post("/api/areas/import").contentType(CSV).content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(9))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.refused").value(6))
                .andExpect(jsonPath("$.results[0].status").value("UNCHANGED"))
                .andExpect(jsonPath("$.results[1].line").value(3))
                .andExpect(jsonPath("$.results[1].status").value("CREATED"))
                .andExpect(jsonPath("$.results[2].problem").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.results[2].errors[0].code").value("PATTERN"))
                .andExpect(jsonPath("$.results[3].errors[0].field").value("level"))
                .andExpect(jsonPath("$.results[4].problem").value("AREA_UNKNOWN"))
                .andExpect(jsonPath("$.results[4].errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.results[5].problem").value("FACTS_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.results[6].problem").value("CSV_ROW_UNREADABLE"))
                .andExpect(jsonPath("$.results[6].line").value(8))
                .andExpect(jsonPath("$.results[7].errors[0].field").value("population"))
                .andExpect(jsonPath("$.results[8].code").value("17167-04"))
                .andExpect(jsonPath("$.results[8].status").value("CREATED"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(4)).send(sent.capture(), any(LocalDate.class));
        assertThat(sent.getAllValues()).containsExactly(
                new RegisterArea("17167", "Xã Diễn Châu, Nghệ An", AreaLevel.COMMUNE, "40"),
                new RecordAreaFacts("17167", null, 2026, 24000, 6100, 0, false, List.of(), "Nhập từ tệp CSV danh mục địa bàn"),
                new RegisterArea("17999", "Xã Lạc", AreaLevel.COMMUNE, "99"),
                new RegisterArea("17167-04", "Xóm 4", AreaLevel.VILLAGE, "17167"));
    }

    @Test
    void givenAHeaderWithoutParentCode_whenImported_thenBadRequestAndNothingSent() throws Exception {
        mvc.perform(post("/api/areas/import").contentType(CSV).content("code,name,level,ward\n40,Nghệ An,PROVINCE,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CSV_HEADER"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("parentCode")));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAnEmptyBody_whenImported_thenBadRequest() throws Exception {
        mvc.perform(post("/api/areas/import").contentType(CSV).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CSV_HEADER"));
    }

    @Test
    void givenAFileOverTheLimit_whenImported_thenPayloadTooLargeAndNothingSent() throws Exception {
        byte[] huge = new byte[AreaController.MAX_IMPORT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(post("/api/areas/import").contentType(CSV).content(huge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("CSV_TOO_LARGE"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenAnUnreadableFirstLine_whenImported_thenThatLineRefusedAndTheNextTaken() throws Exception {
        mvc.perform(post("/api/areas/import").contentType(CSV).content("code,name,level,parentCode\n40,Nghệ An,PROVINCE,,thừa\n41,Hà Tĩnh,PROVINCE,\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].problem").value("CSV_ROW_UNREADABLE"))
                .andExpect(jsonPath("$.results[1].status").value("CREATED"));
        verify(commands).send(new RegisterArea("41", "Hà Tĩnh", AreaLevel.PROVINCE, null), LocalDate.now(EventMetaData.BUSINESS_ZONE));
    }

    @Test
    void givenMoreLinesThanTheLimit_whenImported_thenRefusedAsAWholeAndNothingSent() throws Exception {
        StringBuilder file = new StringBuilder("code,name,level,parentCode\n");
        for (int i = 0; i <= AreaImport.MAX_ROWS; i++) {
            file.append("V").append(i).append(",Thôn ").append(i).append(",VILLAGE,17167\n");
        }
        mvc.perform(post("/api/areas/import").contentType(CSV).content(file.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CSV_TOO_MANY_ROWS"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenJson_whenImported_thenUnsupportedMediaTypeNamingCsv() throws Exception {
        mvc.perform(post("/api/areas/import").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("text/csv")));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
