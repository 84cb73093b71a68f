package vn.pcmt.registry.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.pcmt.platform.audit.AccessLog;
import vn.pcmt.platform.axon.Commands;
import vn.pcmt.platform.web.ProblemResponses;
import vn.pcmt.platform.web.RequestIds;
import vn.pcmt.registry.domain.Category;
import vn.pcmt.registry.domain.SubjectFile;
import vn.pcmt.registry.domain.Subjects;
import vn.pcmt.registry.domain.command.RecordDrugTest;
import vn.pcmt.registry.query.areadirectory.AreaDirectoryRepository;
import vn.pcmt.registry.query.subjectfile.SubjectFiles;

@WebMvcTest(SubjectChangeController.class)
@Import({ProblemResponses.class, RequestIds.class, FixedClock.class, SubjectAccess.class})
class SubjectChangeControllerTest {

    static final UUID ID = UUID.fromString("2d66a44c-0515-41bf-92b4-92924e78228c");
    static final String BASE = "/api/subjects/" + ID;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    SubjectFiles files;
    @MockitoBean
    AccessLog accessLog;
    @MockitoBean
    AreaDirectoryRepository areas;

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("/drug-tests", "{\"testedOn\":\"2099-11-25\",\"method\":\"URINE_RAPID\",\"result\":\"POSITIVE\"}", "testedOn", "DATE_IN_FUTURE"),
                Arguments.of("/drug-tests", "{\"testedOn\":\"2026-11-20\",\"method\":\"SMELL\",\"result\":\"POSITIVE\"}", "method", "INVALID_FORMAT"),
                Arguments.of("/drug-tests", "{\"testedOn\":\"2026-11-20\",\"method\":\"URINE_RAPID\"}", "result", "REQUIRED"),
                Arguments.of("/drug-tests", "{\"testedOn\":\"2026-11-20\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\",\"substances\":[\"CAFFEINE\"]}", "substances[0]", "INVALID_FORMAT"),
                Arguments.of("/addiction-determinations", "{\"determinedOn\":\"2026-11-20\",\"addicted\":true}", "facility", "REQUIRED"),
                Arguments.of("/management-periods", "{\"kind\":\"ILLEGAL_USER\",\"decisionNo\":\" \",\"startsOn\":\"2026-11-20\"}", "decisionNo", "REQUIRED"),
                Arguments.of("/management-periods", "{\"kind\":\"FOREVER\",\"decisionNo\":\"QĐ-1\",\"startsOn\":\"2026-11-20\"}", "kind", "INVALID_FORMAT"),
                Arguments.of("/treatments", "{\"kind\":\"SUBSTITUTION\"}", "startsOn", "REQUIRED"),
                Arguments.of("/treatments/" + UUID.randomUUID() + "/end", "{\"endsOn\":\"2026-11-20\"}", "outcome", "REQUIRED"),
                Arguments.of("/flags", "{\"flag\":\"PSYCHOSIS_SIGNS\",\"raisedOn\":\"2099-01-01\"}", "raisedOn", "DATE_IN_FUTURE"),
                Arguments.of("/moves", "{\"toCommuneCode\":\"32000\",\"toVillageCode\":{\"$ne\":null},\"movedOn\":\"2026-11-20\"}", "toVillageCode", "INVALID_FORMAT"),
                Arguments.of("/moves", "{\"toCommuneCode\":\"x\",\"toVillageCode\":\"32000-01\",\"movedOn\":\"2026-11-20\"}", "toCommuneCode", "PATTERN"),
                Arguments.of("/removal", "{\"reason\":\"BORED\",\"removedOn\":\"2026-11-20\"}", "reason", "INVALID_FORMAT"),
                Arguments.of("/corrections", "{\"fullName\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"sex\":\"MALE\",\"nationalId\":\"123\",\"reason\":\"x\"}", "nationalId", "PATTERN"),
                Arguments.of("/corrections", "{\"fullName\":\"A\",\"dateOfBirth\":\"1990-01-01\",\"sex\":\"MALE\"}", "reason", "REQUIRED"));
    }

    @ParameterizedTest(name = "{0} {2} → {3}")
    @MethodSource("badBodies")
    void givenBadBody_whenPosted_thenBadRequestNamingTheFieldAndNothingSent(String path, String body, String field,
                                                                            String code) throws Exception {
        mvc.perform(post(BASE + path).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        verify(commands, never()).send(any(), any(LocalDate.class));
    }

    @Test
    void givenIfMatch_whenTestRecorded_thenCommandCarriesTheVersionAndResponseTheNewETag() throws Exception {
        SubjectFile file = SubjectFile.registered(Subjects.registered(ID.toString(), Category.SUSPECTED));
        when(files.find(ID.toString())).thenReturn(Optional.of(new SubjectFiles.Versioned(file, 4)));

        mvc.perform(post(BASE + "/drug-tests").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"testedOn\":\"2026-11-20\",\"method\":\"URINE_RAPID\",\"result\":\"NEGATIVE\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).send(sent.capture(), any(LocalDate.class));
        org.assertj.core.api.Assertions.assertThat(((RecordDrugTest) sent.getValue()).expectedVersion()).isEqualTo(3L);
    }

    @Test
    void givenStaleIfMatch_whenChanged_thenPreconditionFailed() throws Exception {
        when(commands.send(any(), any(LocalDate.class))).thenThrow(new ConflictingAggregateVersionException(ID.toString(), 3, 5));
        mvc.perform(post(BASE + "/residence-checks").header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkedOn\":\"2026-11-20\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.code").value("STALE_VERSION"));
    }

    @Test
    void givenMalformedIfMatch_whenChanged_thenBadRequestAndNothingSent() throws Exception {
        mvc.perform(post(BASE + "/residence-checks").header("If-Match", "\"abc\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkedOn\":\"2026-11-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_IF_MATCH"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verify(commands, never()).send(any(), any(LocalDate.class));
    }
}
