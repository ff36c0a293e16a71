/**
 * The embedded MongoDB-wire server Entente runs when no {@code MONGODB_URI} is configured.
 * <p>
 * Public API: {@link fr.entente.mongo.embedded.EmbeddedMongoServer#start(EmbeddedMongoSettings)},
 * {@code connectionString()}, {@code dataDirectory()}, {@code close()}; the rest of the application only talks
 * to it with the MongoDB driver.
 * <p>
 * Inside, mongo-java-server's H2 backend, extended (never patched):
 * <ul>
 * <li>{@link fr.entente.mongo.embedded.EmbeddedBackend} ({@code H2Backend}) hooks
 * {@code handleCommand}: writes run inside {@link fr.entente.mongo.embedded.GroupCommit}'s gate and are
 * acknowledged after a commit covering them (leader/follower group commit); every command registers the MVStore
 * version it reads, so zero retention frees no chunk a running command still needs;</li>
 * <li>{@link fr.entente.mongo.embedded.EmbeddedDatabase} ({@code AbstractSynchronizedMongoDatabase}) stores
 * documents as BSON in MVMaps keyed by {@code _id} in {@link fr.entente.mongo.embedded.BsonOrder}, and
 * opens an {@link fr.entente.mongo.embedded.OrderedIndex} for every index, unique or not,
 * {@code _id} included, persisted as an MVMap of {@link fr.entente.mongo.embedded.IndexEntry};</li>
 * <li>{@link fr.entente.mongo.embedded.EmbeddedCollection} ({@code H2Collection}) plans queries over
 * those indexes ({@link fr.entente.mongo.embedded.QueryConstraints}: equality, {@code $in}, ranges, index
 * order for sort + limit) and updates copies of stored documents.</li>
 * </ul>
 * The data directory holds {@code mongo.mv.db} and {@code embedded-mongo.lock}
 * ({@link fr.entente.mongo.embedded.DataDirectoryLock}).
 */
package fr.entente.mongo.embedded;
