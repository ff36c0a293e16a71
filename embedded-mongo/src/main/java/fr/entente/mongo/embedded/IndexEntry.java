package fr.entente.mongo.embedded;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Key of an index map: the (normalised) values of the indexed fields, then the position of the document,
 * so that several documents may share the same values and every entry is unique. Search keys may hold
 * {@link BsonOrder.Bound}s in place of values or position.
 */
final class IndexEntry {

    final Object[] values;
    final Object position;

    IndexEntry(Object[] values, Object position) {
        this.values = values;
        this.position = position;
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + "@" + position;
    }

    /** Compares values field by field, then positions. */
    static int compare(IndexEntry a, IndexEntry b) {
        int n = Math.min(a.values.length, b.values.length);
        for (int i = 0; i < n; i++) {
            int cmp = BsonOrder.INSTANCE.compare(a.values[i], b.values[i]);
            if (cmp != 0) {
                return cmp;
            }
        }
        if (a.values.length != b.values.length) {
            return Integer.compare(a.values.length, b.values.length);
        }
        return BsonOrder.INSTANCE.compare(a.position, b.position);
    }

    static final class Type extends BasicDataType<IndexEntry> {

        static final Type INSTANCE = new Type();

        private Type() {
        }

        @Override
        public int compare(IndexEntry a, IndexEntry b) {
            return IndexEntry.compare(a, b);
        }

        @Override
        public int getMemory(IndexEntry entry) {
            int size = 48 + BsonCodec.estimateMemory(entry.position);
            for (Object value : entry.values) {
                size += 8 + BsonCodec.estimateMemory(value);
            }
            return size;
        }

        @Override
        public void write(WriteBuffer buffer, IndexEntry entry) {
            buffer.putVarInt(entry.values.length);
            for (Object value : entry.values) {
                BsonCodec.writeValue(buffer, value);
            }
            BsonCodec.writeValue(buffer, entry.position);
        }

        @Override
        public IndexEntry read(ByteBuffer buffer) {
            Object[] values = new Object[DataUtils.readVarInt(buffer)];
            for (int i = 0; i < values.length; i++) {
                values[i] = BsonCodec.readValue(buffer);
            }
            return new IndexEntry(values, BsonCodec.readValue(buffer));
        }

        @Override
        public IndexEntry[] createStorage(int size) {
            return new IndexEntry[size];
        }
    }
}
