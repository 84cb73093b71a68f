package vn.pcmt.embedded.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The documents of a collection as the file keeps them: BSON, as on the wire, instead of the Java serialization of the
 * stock H2 backend, which took most of the store's time on every write of a large document (docs/benchmarks.md). A
 * value written before (H2's {@link ObjectDataType}, whose first byte is below 120) is still read as it was, and
 * written again as BSON the next time it changes.
 */
final class DocumentType extends BasicDataType<Document> {

    static final DocumentType INSTANCE = new DocumentType();

    /** The first byte of a value kept as BSON: never the first byte of an {@link ObjectDataType} value. */
    static final byte BSON = (byte) 0xB5;

    private static final ObjectDataType LEGACY = new ObjectDataType();

    /** A running estimate of a document's size in memory, as H2's serialized-object type keeps one, from what it reads and writes. */
    private volatile int averageSize = 1024;

    private DocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(averageSize);
        try {
            BsonEncoder.encodeDocument(document, bson);
            int size = bson.readableBytes();
            averageSize = (averageSize * 15 + size) / 16;
            buffer.put(BSON);
            buffer.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) LEGACY.read(buffer);
        }
        buffer.get();
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position()); // BSON begins with its length
        ByteBuffer bson = buffer.slice(buffer.position(), size);
        buffer.position(buffer.position() + size);
        averageSize = (averageSize * 15 + size) / 16;
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
