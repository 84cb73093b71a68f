package vn.pcmt.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of a case's stages and the stages each closure reason may close from. */
class CaseStageTest {

    @ParameterizedTest(name = "{0}: {1} → {2} allowed {3}")
    @CsvSource({
            "CRIMINAL, SOURCE_RECEIVED, PROSECUTED, true",
            "CRIMINAL, SOURCE_RECEIVED, INVESTIGATED, false",
            "CRIMINAL, PROSECUTED, INVESTIGATED, true",
            "CRIMINAL, INVESTIGATED, INDICTED, true",
            "CRIMINAL, INVESTIGATED, TRIED, false",
            "CRIMINAL, INDICTED, TRIED, true",
            "CRIMINAL, TRIED, INDICTED, false",
            "CRIMINAL, PROSECUTED, PROSECUTED, false",
            "CRIMINAL, SOURCE_RECEIVED, SANCTIONED, false",
            "CRIMINAL, SOURCE_RECEIVED, CLOSED, true",
            "CRIMINAL, TRIED, CLOSED, true",
            "CRIMINAL, CLOSED, CLOSED, false",
            "ADMINISTRATIVE, SOURCE_RECEIVED, SANCTIONED, true",
            "ADMINISTRATIVE, SOURCE_RECEIVED, PROSECUTED, false",
            "ADMINISTRATIVE, SANCTIONED, CLOSED, true",
            "ADMINISTRATIVE, SANCTIONED, SOURCE_RECEIVED, false",
            "ADMINISTRATIVE, CLOSED, SANCTIONED, false"})
    void givenStage_whenNextStage_thenOnlyTheFollowingOneOrClosure(CaseKind kind, CaseStage from, CaseStage to, boolean allowed) {
        assertThat(to.follows(kind, from)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} closed at {1} for {2}: {3}")
    @CsvSource({
            "CRIMINAL, SOURCE_RECEIVED, NOT_PROSECUTED, true",
            "CRIMINAL, PROSECUTED, NOT_PROSECUTED, false",
            "CRIMINAL, PROSECUTED, SUSPENDED, true",
            "CRIMINAL, INDICTED, SUSPENDED, true",
            "CRIMINAL, SOURCE_RECEIVED, SUSPENDED, false",
            "CRIMINAL, TRIED, JUDGED, true",
            "CRIMINAL, INDICTED, JUDGED, false",
            "CRIMINAL, INDICTED, TRANSFERRED, true",
            "CRIMINAL, TRIED, TRANSFERRED, false",
            "CRIMINAL, SOURCE_RECEIVED, NOT_SANCTIONED, false",
            "ADMINISTRATIVE, SOURCE_RECEIVED, NOT_SANCTIONED, true",
            "ADMINISTRATIVE, SOURCE_RECEIVED, TRANSFERRED, true",
            "ADMINISTRATIVE, SANCTIONED, SANCTION_EXECUTED, true",
            "ADMINISTRATIVE, SOURCE_RECEIVED, SANCTION_EXECUTED, false",
            "ADMINISTRATIVE, SANCTIONED, JUDGED, false"})
    void givenStage_whenClosed_thenOnlyForReasonsThatFitIt(CaseKind kind, CaseStage stage, ClosureReason reason, boolean allowed) {
        assertThat(reason.closes(kind, stage)).isEqualTo(allowed);
    }
}
