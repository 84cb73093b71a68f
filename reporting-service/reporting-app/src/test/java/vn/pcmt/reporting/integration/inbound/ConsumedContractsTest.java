package vn.pcmt.reporting.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.pcmt.assessment.api.v1.AreaRegistered;
import vn.pcmt.platform.event.IntegrationEvent;
import vn.pcmt.platform.kafka.InboundEvents;
import vn.pcmt.registry.api.v1.Category;
import vn.pcmt.registry.api.v1.CategoryChanged;
import vn.pcmt.registry.api.v1.EntryRetracted;
import vn.pcmt.registry.api.v1.SubjectDetailsCorrected;
import vn.pcmt.registry.api.v1.SubjectMerged;
import vn.pcmt.registry.api.v1.SubjectMoved;
import vn.pcmt.registry.api.v1.SubjectRegistered;
import vn.pcmt.registry.api.v1.SubjectRemoved;

/** Reporting's side of the contracts it consumes: it reads each producer's published example. */
class ConsumedContractsTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    private final InboundEvents inbound = new InboundEvents(mapper, null);

    @Test
    void givenSubjectRegisteredExample_whenRead_thenResidenceAndCategory() throws Exception {
        IntegrationEvent event = inbound.read(example(SubjectRegistered.TYPE));
        SubjectRegistered subject = inbound.payload(event, SubjectRegistered.class);

        assertThat(subject.category()).isEqualTo(Category.ADDICT);
        assertThat(subject.residence().villageCode()).isEqualTo("17167-02");
        assertThat(event.occurredAt()).hasToString("2026-03-01");
    }

    @Test
    void givenSubjectMovedExample_whenRead_thenTheNewResidence() throws Exception {
        SubjectMoved moved = inbound.payload(inbound.read(example(SubjectMoved.TYPE)), SubjectMoved.class);

        assertThat(moved.to().communeCode()).isEqualTo("17170");
        assertThat(moved.to().villageCode()).isEqualTo("17170-05");
    }

    @Test
    void givenCategoryChangedExample_whenRead_thenTheNewCategory() throws Exception {
        CategoryChanged changed = inbound.payload(inbound.read(example(CategoryChanged.TYPE)), CategoryChanged.class);

        assertThat(changed.to()).isEqualTo(Category.ILLEGAL_USER);
    }

    @Test
    void givenSubjectRemovedExample_whenRead_thenTheSubject() throws Exception {
        SubjectRemoved removed = inbound.payload(inbound.read(example(SubjectRemoved.TYPE)), SubjectRemoved.class);

        assertThat(removed.subjectId()).isEqualTo("2d66a44c-0515-41bf-92b4-92924e78228c");
    }

    @Test
    void givenSubjectMergedExample_whenRead_thenTheDuplicateToStopCounting() throws Exception {
        SubjectMerged merged = inbound.payload(inbound.read(example(SubjectMerged.TYPE)), SubjectMerged.class);

        assertThat(merged.subjectId()).isEqualTo("2d66a44c-0515-41bf-92b4-92924e78228c");
        assertThat(merged.survivorId()).isNotEqualTo(merged.subjectId());
    }

    @Test
    void givenSubjectDetailsCorrectedExample_whenRead_thenSexAndBirthYear() throws Exception {
        SubjectDetailsCorrected corrected = inbound.payload(inbound.read(example(SubjectDetailsCorrected.TYPE)),
                SubjectDetailsCorrected.class);

        assertThat(corrected.birthYear()).isEqualTo(1993);
        assertThat(corrected.sex()).isNotNull();
    }

    @Test
    void givenEntryRetractedExample_whenRead_thenTheStateToSet() throws Exception {
        EntryRetracted restated = inbound.payload(inbound.read(example(EntryRetracted.TYPE)), EntryRetracted.class);

        assertThat(restated.category()).isEqualTo(Category.SUSPECTED);
        assertThat(restated.residence().communeCode()).isEqualTo("17170");
        assertThat(restated.onList()).isTrue();
    }

    @Test
    void givenAreaRegisteredExample_whenRead_thenParentKnown() throws Exception {
        AreaRegistered area = inbound.payload(inbound.read(example(AreaRegistered.TYPE)), AreaRegistered.class);

        assertThat(area.name()).isEqualTo("Khối 2");
    }

    private String example(String type) throws Exception {
        return new String(getClass().getResourceAsStream("/contracts/v1/" + type + ".json").readAllBytes());
    }
}
