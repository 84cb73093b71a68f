package vn.pcmt.embedded.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    static final Document DOCUMENT = new Document("_id", new ObjectId()).append("aggregateIdentifier", "s-1").append("sequenceNumber", 7L)
            .append("count", 3).append("ratio", 0.5).append("timeStamp", Instant.parse("2026-12-07T10:15:30.123Z")).append("erased", false)
            .append("note", null).append("payload", new BinData(new byte[] {1, 2, 3}))
            .append("entries", List.of(new Document("version", 1L).append("kind", "REGISTERED"), new Document("version", 2L)))
            .append("areas", List.of("17167", "17170"));

    @Test
    void givenADocument_whenWrittenAndRead_thenTheSameDocumentFromBson() {
        WriteBuffer buffer = new WriteBuffer();
        DocumentType.INSTANCE.write(buffer, DOCUMENT);
        DocumentType.INSTANCE.write(buffer, new Document("_id", "second"));
        ByteBuffer stored = buffer.getBuffer().flip();

        assertThat(stored.get(0)).isEqualTo(DocumentType.BSON);
        Document first = DocumentType.INSTANCE.read(stored);
        assertThat(first).isEqualTo(DOCUMENT.cloneDeeply());
        assertThat(first.get("sequenceNumber")).isInstanceOf(Long.class);
        assertThat(first.get("count")).isInstanceOf(Integer.class);
        assertThat(DocumentType.INSTANCE.read(stored)).isEqualTo(new Document("_id", "second")); // the next value starts where it ends
        assertThat(stored.hasRemaining()).isFalse();
    }

    @Test
    void givenADocumentKeptByTheStockBackend_whenRead_thenReadAsItWasWritten() {
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, DOCUMENT); // Java serialization, as H2Backend keeps documents
        ByteBuffer stored = buffer.getBuffer().flip();

        assertThat(stored.get(0)).isLessThan((byte) 120).isNotEqualTo(DocumentType.BSON);
        assertThat(DocumentType.INSTANCE.read(stored)).isEqualTo(DOCUMENT);
    }
}
