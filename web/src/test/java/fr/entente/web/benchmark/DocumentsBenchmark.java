package fr.entente.web.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ForkedHub;
import org.bson.types.ObjectId;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The documents' benchmark (issue 14), {@code mvn -B -pl web -am -Pdocuments-benchmark -DskipTests verify}: the hub in
 * a JVM of its own with its heap capped ({@code benchmark.hub-heap}, 1g: the embedded server runs in that JVM too, and
 * its H2 store ran out of a 256 MB heap on a 200 MB file), demo data, the embedded server, then
 * <ol>
 *     <li>a file of {@code benchmark.size-mb} (200) uploaded and downloaded through the hub's API, and the same file
 *     put into and read from GridFS by the MongoDB driver itself, on the same server (a bucket of its own): throughput
 *     of each and the hub's ratio to the driver (aim: 0.8 or more);</li>
 *     <li>a file of {@code benchmark.big-mb} (1024) uploaded through the hub while its heap is read from its
 *     Prometheus endpoint every 250 ms (aim: flat).</li>
 * </ol>
 * Each round trip is checked by SHA-256. Figures are printed; README's Benchmarks section keeps them.
 */
public final class DocumentsBenchmark {

    private static final String SPACE = "espace-hauts-de-france-groupe-de-travail";
    private static final String D = "/api/cooperations/hauts-de-france/documents/spaces/" + SPACE;
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long size = Long.getLong("benchmark.size-mb", 200) << 20;
        long big = Long.getLong("benchmark.big-mb", 1024) << 20;
        Path directory = Path.of("target", "documents-benchmark-" + System.currentTimeMillis()).toAbsolutePath();
        String heap = System.getProperty("benchmark.hub-heap", "1g");
        try (ForkedHub hub = ForkedHub.start(directory.resolve("hub"), List.of("-Xmx" + heap),
                                             List.of("--entente.documents.max-file-size=" + (big >> 20) * 2 + "MB"))) {
            ApiClient officer = ApiClient.signedIn(hub.port(), "officer.59", "entente-demo-2026");
            Path file = directory.resolve("fichier.bin");
            String sha256 = write(file, size);
            System.out.printf("Documents benchmark: the hub in its own JVM, -Xmx%s, embedded server; a file of %,d MB%n",
                              heap, size >> 20);

            long started = System.nanoTime();
            ApiClient.Response uploaded = officer.multipartFile(D + "/documents", Map.of(), "fichier.bin", file, PATIENCE);
            double hubUp = rate(size, started);
            check(uploaded.status() == 201 && uploaded.json().path("sha256").asText().equals(sha256), "hub upload " + uploaded);
            started = System.nanoTime();
            HttpResponse<InputStream> download = officer.getStream(D + "/documents/"
                                                                   + uploaded.json().path("documentId").asText()
                                                                   + "/content", PATIENCE);
            check(digest(download.body()).equals(sha256), "hub download");
            double hubDown = rate(size, started);

            double driverUp;
            double driverDown;
            try (MongoClient mongo = MongoClients.create(connectionString(directory.resolve("hub").resolve("data"),
                                                                          hub.mongoPort()))) {
                GridFSBucket bucket = GridFSBuckets.create(mongo.getDatabase("entente"), "benchmarkFiles");
                started = System.nanoTime();
                ObjectId id;
                try (InputStream in = Files.newInputStream(file)) {
                    id = bucket.uploadFromStream("fichier.bin", in);
                }
                driverUp = rate(size, started);
                started = System.nanoTime();
                check(digest(bucket.openDownloadStream(id).batchSize(8)).equals(sha256), "driver download");
                driverDown = rate(size, started);
                bucket.delete(id);
            }
            System.out.printf("  upload:   hub %6.1f MB/s, driver's GridFS %6.1f MB/s, ratio %.2f%n", hubUp, driverUp,
                              hubUp / driverUp);
            System.out.printf("  download: hub %6.1f MB/s, driver's GridFS %6.1f MB/s, ratio %.2f%n", hubDown, driverDown,
                              hubDown / driverDown);
            Files.delete(file);

            Path large = directory.resolve("gros.bin");
            String largeSha = write(large, big);
            long before = hub.heapUsed();
            long oldBefore = hub.oldGenerationUsed();
            AtomicLong oldMost = new AtomicLong();
            AtomicLong least = new AtomicLong(Long.MAX_VALUE);
            AtomicLong most = new AtomicLong();
            AtomicLong samples = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    long used = hub.heapUsed();
                    least.accumulateAndGet(used, Math::min);
                    most.accumulateAndGet(used, Math::max);
                    samples.incrementAndGet();
                    oldMost.accumulateAndGet(hub.oldGenerationUsed(), Math::max);
                    try {
                        TimeUnit.MILLISECONDS.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            started = System.nanoTime();
            ApiClient.Response bigUpload = officer.multipartFile(D + "/documents", Map.of(), "gros.bin", large, PATIENCE);
            double bigRate = rate(big, started);
            sampling.set(false);
            sampler.join();
            check(bigUpload.status() == 201 && bigUpload.json().path("sha256").asText().equals(largeSha),
                  "1 GB upload " + bigUpload);
            System.out.printf("  %,d MB through the hub at %.1f MB/s; its heap used before %,d MB, during it %,d to %,d MB; "
                              + "its old generation before %,d MB, at most %,d MB during it (%d samples, cap %s)%n",
                              big >> 20, bigRate, before >> 20, least.get() >> 20, most.get() >> 20, oldBefore >> 20,
                              oldMost.get() >> 20, samples.get(), heap);
            Files.delete(large);
        }
    }

    private static String connectionString(Path data, int port) throws Exception {
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(data.resolve("credentials"))) {
            credentials.load(reader);
        }
        return "mongodb://" + credentials.getProperty("username") + ":" + credentials.getProperty("password")
               + "@127.0.0.1:" + port + "/?authSource=admin";
    }

    private static double rate(long bytes, long startedNanos) {
        return (bytes / 1048576.0) / ((System.nanoTime() - startedNanos) / 1e9);
    }

    private static void check(boolean held, String what) {
        if (!held) {
            throw new IllegalStateException("the benchmark's check failed: " + what);
        }
    }

    private static String write(Path file, long size) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Random random = new Random(size);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                int length = (int) Math.min(block.length, left);
                out.write(block, 0, length);
                sha256.update(block, 0, length);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String digest(InputStream bytes) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream in = new DigestInputStream(bytes, sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
