package fr.entente.mongo.embedded;

import de.bwaldvogel.mongo.MongoVersion;

import java.util.List;

/**
 * The server version the embedded server reports in {@code hello} and {@code buildInfo}. mongo-java-server's newest
 * choice reports wire version 8 (MongoDB 4.2), which today's drivers refuse (the Node.js driver 7 asks for at least
 * 9); MongoDB 6.0's wire version, 17, is one every current driver and mongosh accept. Drivers read it to choose the
 * commands they send, and this server answers the commands they use for what it offers (CRUD, indexes, cursors); it
 * still has no sessions, transactions or change streams, and says so when asked for them.
 */
enum ReportedVersion implements MongoVersion {

    MONGO_6_0(List.of(6, 0, 0), 17);

    private final List<Integer> versionArray;
    private final int wireVersion;

    ReportedVersion(List<Integer> versionArray, int wireVersion) {
        this.versionArray = versionArray;
        this.wireVersion = wireVersion;
    }

    @Override
    public List<Integer> getVersionArray() {
        return versionArray;
    }

    @Override
    public int getWireVersion() {
        return wireVersion;
    }
}
