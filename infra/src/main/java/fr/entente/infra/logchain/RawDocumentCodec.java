package fr.entente.infra.logchain;

import org.bson.AbstractBsonReader;
import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * A {@link RawBsonDocument} taken from the reply as one copy of its bytes: the driver's own codec pipes each document
 * through a new writer, element by element, which was most of the verifier's reading (its profile, README).
 */
final class RawDocumentCodec implements Codec<RawBsonDocument> {

    private static final RawBsonDocumentCodec DRIVERS = new RawBsonDocumentCodec();

    @Override
    public RawBsonDocument decode(BsonReader reader, DecoderContext context) {
        if (reader instanceof BsonBinaryReader binary && binary.getState() == AbstractBsonReader.State.VALUE
            && binary.getCurrentBsonType() == BsonType.DOCUMENT) {
            BsonInput input = binary.getBsonInput();
            BsonInputMark start = input.getMark(Integer.MAX_VALUE);
            int size = input.readInt32();
            start.reset();
            byte[] bson = new byte[size];
            input.readBytes(bson);
            start.reset();
            binary.skipValue();
            return new RawBsonDocument(bson);
        }
        return DRIVERS.decode(reader, context);
    }

    @Override
    public void encode(BsonWriter writer, RawBsonDocument value, EncoderContext context) {
        DRIVERS.encode(writer, value, context);
    }

    @Override
    public Class<RawBsonDocument> getEncoderClass() {
        return RawBsonDocument.class;
    }
}
