package vn.pcmt.embedded.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Compact serialization of index key components / positions for H2 MVMaps. Common scalar types get a
 * short tag, anything else falls back to H2's ObjectDataType (Java serialization, like the stock backend).
 */
final class H2ValueCodec {

    private static final byte NULL = 0, MISSING = 1, STRING = 2, DOUBLE = 3, LONG = 4, INT = 5, TRUE = 6, FALSE = 7,
        OBJECT_ID = 8, INSTANT = 9, OTHER = 10;

    private static final ObjectDataType FALLBACK = new ObjectDataType();

    private H2ValueCodec() {
    }

    static void write(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof String) {
            byte[] bytes = ((String) value).getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (value instanceof Double) {
            buffer.put(DOUBLE).putDouble((Double) value);
        } else if (value instanceof Long) {
            buffer.put(LONG).putLong((Long) value);
        } else if (value instanceof Integer) {
            buffer.put(INT).putInt((Integer) value);
        } else if (value instanceof Boolean) {
            buffer.put(((Boolean) value) ? TRUE : FALSE);
        } else if (value instanceof ObjectId) {
            buffer.put(OBJECT_ID).put(((ObjectId) value).toByteArray());
        } else if (value instanceof Instant) {
            Instant instant = (Instant) value;
            buffer.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
        } else {
            buffer.put(OTHER);
            FALLBACK.write(buffer, value);
        }
    }

    static Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        switch (tag) {
            case NULL:
                return null;
            case MISSING:
                return Missing.getInstance();
            case STRING: {
                byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }
            case DOUBLE:
                return buffer.getDouble();
            case LONG:
                return buffer.getLong();
            case INT:
                return buffer.getInt();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case OBJECT_ID: {
                byte[] bytes = new byte[12];
                buffer.get(bytes);
                return new ObjectId(bytes);
            }
            case INSTANT:
                return Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            case OTHER:
                return FALLBACK.read(buffer);
            default:
                throw new IllegalStateException("unknown tag " + tag);
        }
    }

    /** key type: KeyValue ordered by an {@link IndexKeyComparator} */
    static final class KeyType extends BasicDataType<KeyValue> {
        private final IndexKeyComparator comparator;

        KeyType(IndexKeyComparator comparator) {
            this.comparator = comparator;
        }

        @Override
        public int compare(KeyValue a, KeyValue b) {
            return comparator.compare(a, b);
        }

        @Override
        public int getMemory(KeyValue key) {
            int memory = 48;
            for (Object value : key) {
                memory += value instanceof String ? 40 + 2 * ((String) value).length() : 24;
            }
            return memory;
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            buffer.putVarInt(key.size());
            for (Object value : key) {
                write0(buffer, value);
            }
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            int size = DataUtils.readVarInt(buffer);
            Object[] values = new Object[size];
            for (int i = 0; i < size; i++) {
                values[i] = H2ValueCodec.read(buffer);
            }
            return new KeyValue(java.util.Arrays.asList(values));
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }

        private static void write0(WriteBuffer buffer, Object value) {
            if (value instanceof IndexKeyComparator.Bound) {
                throw new IllegalStateException("search bound must never be stored");
            }
            H2ValueCodec.write(buffer, value);
        }
    }

    /** value type: positions (the H2 collection uses the document _id as position) */
    static final class PositionType extends BasicDataType<Object> {
        static final PositionType INSTANCE = new PositionType();

        @Override
        public int getMemory(Object value) {
            return 32;
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            H2ValueCodec.write(buffer, value);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return H2ValueCodec.read(buffer);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
