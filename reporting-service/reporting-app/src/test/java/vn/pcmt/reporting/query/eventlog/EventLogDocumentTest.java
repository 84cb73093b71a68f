package vn.pcmt.reporting.query.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pcmt.platform.kafka.InboundEvents;

class EventLogDocumentTest {

    final ObjectMapper mapper = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"subjectId\":\"s-1\",\"birthYear\":1990,\"residence\":{\"communeCode\":\"17167\",\"villageCode\":null},\"onList\":true}",
            "{\"versions\":[1,2,3000000000],\"plants\":0,\"areaM2\":12.5,\"substances\":[\"MDMA\",\"HEROIN\"],\"persons\":[]}",
            "{\"nested\":{\"deeper\":{\"list\":[{\"a\":-1},{\"b\":false}]}},\"quantity\":0.001,\"count\":2147483648}",
    })
    void givenAPayload_whenKeptFromItsTree_thenTheSameAsParsedFromItsText(String json) throws Exception {
        assertThat(EventLogDocument.payload(mapper.readTree(json))).isEqualTo(Document.parse(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "null", "{\"count\":123456789012345678901234567890}"})
    void givenAPayloadTheStoreCannotKeepAsItWas_whenConverted_thenMalformed(String json) throws Exception {
        assertThatThrownBy(() -> EventLogDocument.payload(mapper.readTree(json))).isInstanceOf(InboundEvents.MalformedIntegrationEvent.class);
    }
}
