package vn.pcmt.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.problem.FieldProblem;
import vn.pcmt.platform.problem.Refusal;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;
import vn.pcmt.registry.query.subjectlist.FindSubjects;

@WebMvcTest(SubjectController.class)
@Import({ProblemResponses.class, RequestIds.class, FixedClock.class, SubjectAccess.class})
class SubjectControllerTest {

    static final String VALID = """
            {"fullName":"Nguyễn Văn An","dateOfBirth":"1995-03-14","sex":"MALE","nationalId":"031095001234",
             "residence":{"communeCode":"31000","villageCode":"31000-03","address":"Thôn 3"},
             "category":"SUSPECTED","foundBy":"DOOR_TO_DOOR_REVIEW","foundOn":"2026-04-02"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    SubjectFiles files;
    @MockitoBean
    FindSubjects subjects;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    AreaDirectoryRepository areas;

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("nationalId", "\"031095001234\"", "\"12345\"", "PATTERN"),
                Arguments.of("nationalId", "\"031095001234\"", "{\"$ne\":null}", "INVALID_FORMAT"),
                Arguments.of("fullName", "\"Nguyễn Văn An\"", "\"  \"", "REQUIRED"),
                Arguments.of("dateOfBirth", "\"1995-03-14\"", "\"2999-01-01\"", "DATE_IN_FUTURE"),
                Arguments.of("dateOfBirth", "\"1995-03-14\"", "\"14/03/1995\"", "INVALID_FORMAT"),
                Arguments.of("foundOn", "\"2026-04-02\"", "\"2999-01-01\"", "DATE_IN_FUTURE"),
                Arguments.of("category", "\"SUSPECTED\"", "\"DEALER\"", "INVALID_FORMAT"),
                Arguments.of("residence.villageCode", "\"31000-03\"", "\"x\"", "PATTERN"));
    }

    @ParameterizedTest(name = "{0} = {2} → {3}")
    @MethodSource("badInput")
    void givenBadField_whenRegister_thenBadRequestNamingTheFieldAndNothingSent(String field, String good, String bad,
                                                                              String code) throws Exception {
        String body = VALID.replace(good, bad);
        mvc.perform(post("/api/subjects").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenUnknownVillage_whenRegister_thenUnprocessableAreaUnknown() throws Exception {
        when(commands.send(any(), any(LocalDate.class))).thenThrow(Refusal.ruleViolated("AREA_UNKNOWN",
                "Không có thôn/xóm mã 31000-03 trong danh mục địa bàn.",
                new FieldProblem("residence.villageCode", "AREA_UNKNOWN", "Không có địa bàn mã này.")));
        mvc.perform(post("/api/subjects").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("AREA_UNKNOWN"))
                .andExpect(jsonPath("$.title").value("Vi phạm quy tắc nghiệp vụ"));
    }

    @Test
    void givenDuplicateNationalId_whenRegister_thenConflict() throws Exception {
        when(commands.send(any(), any(LocalDate.class))).thenThrow(Refusal.conflict("SUBJECT_DUPLICATE_NATIONAL_ID",
                "Đã có đối tượng với số CCCD này (mã s-0).", new FieldProblem("nationalId", "DUPLICATE", "s-0")));
        mvc.perform(post("/api/subjects").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUBJECT_DUPLICATE_NATIONAL_ID"));
    }

    @Test
    void givenNamesakes_whenRegister_thenConflictListingTheCandidates() throws Exception {
        when(commands.send(any(), any(LocalDate.class))).thenThrow(Refusal.conflict("SUBJECT_POSSIBLE_DUPLICATE",
                "Trong xã đã có 1 đối tượng cùng họ tên và ngày sinh.").with("candidates", java.util.List.of("s-0")));
        mvc.perform(post("/api/subjects").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUBJECT_POSSIBLE_DUPLICATE"))
                .andExpect(jsonPath("$.candidates[0]").value("s-0"));
    }

    static Stream<Arguments> badListQueries() {
        return Stream.of(
                Arguments.of("category=ADDICT", "communeCode", "REQUIRED"),
                Arguments.of("communeCode=%7B%22%24ne%22%3Anull%7D", "communeCode", "PATTERN"),
                Arguments.of("communeCode=31000&sort=$where,asc", "sort", "PATTERN"),
                Arguments.of("communeCode=31000&sort=nationalId,asc", "sort", "NOT_SORTABLE"),
                Arguments.of("communeCode=31000&size=500", "size", "OUT_OF_RANGE"),
                Arguments.of("communeCode=31000&page=-1", "page", "OUT_OF_RANGE"),
                Arguments.of("communeCode=31000&overdue=SOMETIME", "overdue", "INVALID_FORMAT"),
                Arguments.of("communeCode=31000&asOf=yesterday", "asOf", "INVALID_FORMAT"));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("badListQueries")
    void givenBadListQuery_whenList_thenBadRequestAndNothingQueried(String query, String field, String code) throws Exception {
        mvc.perform(get("/api/subjects?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code));
        org.mockito.Mockito.verifyNoInteractions(subjects);
    }

    @Test
    void givenUnknownSubject_whenGet_thenNotFound() throws Exception {
        mvc.perform(get("/api/subjects/" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SUBJECT_UNKNOWN"));
    }

    @Test
    void givenMalformedId_whenGet_thenBadRequest() throws Exception {
        mvc.perform(get("/api/subjects/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
