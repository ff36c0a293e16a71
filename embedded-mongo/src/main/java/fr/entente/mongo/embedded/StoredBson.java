package fr.entente.mongo.embedded;

/**
 * A document of a reply given as the BSON bytes it is stored as: {@link PassThroughMessageEncoder} writes them as they
 * are, so that a document read to answer a find is neither decoded into a map nor encoded again.
 *
 * @param bytes a whole BSON document (length, elements, terminating zero); never changed (MVStore pages hold it)
 */
record StoredBson(byte[] bytes) {

    @Override
    public String toString() {
        return "StoredBson[" + bytes.length + " bytes]";
    }
}
