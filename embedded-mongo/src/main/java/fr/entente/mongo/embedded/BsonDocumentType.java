package fr.entente.mongo.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;

/** MVStore data type of stored documents: BSON bytes on disk. */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public int compare(Document a, Document b) {
        return BsonOrder.INSTANCE.compare(a, b);
    }

    @Override
    public int getMemory(Document document) {
        return BsonCodec.estimateMemory(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        BsonCodec.writeBson(buffer, document);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        return BsonCodec.readBson(buffer);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
