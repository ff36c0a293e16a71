package fr.entente.mongo.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/** MVStore data type of single BSON values (document positions), ordered by {@link BsonOrder}. */
final class BsonValueType extends BasicDataType<Object> {

    static final BsonValueType INSTANCE = new BsonValueType();

    private BsonValueType() {
    }

    @Override
    public int compare(Object a, Object b) {
        return BsonOrder.INSTANCE.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return BsonCodec.estimateMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        BsonCodec.writeValue(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return BsonCodec.readValue(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
