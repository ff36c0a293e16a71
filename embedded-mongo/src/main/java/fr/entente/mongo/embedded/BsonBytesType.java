package fr.entente.mongo.embedded;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * MVStore data type of stored documents: their BSON bytes, kept as bytes in memory too. A page is then written by
 * copying bytes, not by encoding every document it holds (a commit rewrites whole pages: the last page of a collection
 * that grows, for every insert), and read by copying bytes, not by decoding every document it holds (a look-up needs
 * one). The collection decodes the documents it reads ({@link EmbeddedCollection}). On disk: a length, then the BSON.
 */
final class BsonBytesType extends BasicDataType<byte[]> {

    static final BsonBytesType INSTANCE = new BsonBytesType();

    private BsonBytesType() {
    }

    @Override
    public int compare(byte[] a, byte[] b) {
        return Arrays.compare(a, b);
    }

    @Override
    public int getMemory(byte[] bson) {
        return 24 + bson.length;
    }

    @Override
    public void write(WriteBuffer buffer, byte[] bson) {
        buffer.putInt(bson.length).put(bson);
    }

    @Override
    public byte[] read(ByteBuffer buffer) {
        byte[] bson = new byte[buffer.getInt()];
        buffer.get(bson);
        return bson;
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }
}
