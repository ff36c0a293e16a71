package fr.entente.web.document;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ForkedHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming, proved on the hub in a JVM of its own whose heap is capped at 256 MB (the demo data loaded): files of
 * 1 byte, 10 MB and 100 MB go up and come back with the same SHA-256, the hub's heap sampled meanwhile (an upload
 * cut off in the middle: {@link DocumentInterruptedUploadTest}).
 */
class DocumentStreamingTest {

    private static final String SPACE = "espace-hauts-de-france-groupe-de-travail";
    private static final String D = "/api/cooperations/hauts-de-france/documents/spaces/" + SPACE;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    static Path directory;

    private static Path hubDirectory;
    private static ForkedHub hub;
    private static ApiClient officer;

    @BeforeAll
    static void start() {
        // its log kept under target/ for a failure to be read
        hubDirectory = Path.of("target", "forked-hub-" + System.currentTimeMillis());
        hub = ForkedHub.start(hubDirectory, List.of("-Xmx256m"), List.of());
        officer = ApiClient.signedIn(hub.port(), "officer.59", "entente-demo-2026");
    }

    @AfterAll
    static void stop() {
        if (hub != null) {
            hub.close();
            // the log stays for a failure to be read; the 100 MB of data go
            try (var files = Files.walk(hubDirectory.resolve("data"))) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (java.io.IOException ignored) {
                // left for mvn clean
            }
        }
    }

    @Test
    void oneByteTenAndAHundredMegabytesComeBackByteForByteUnderACappedHeap() throws Exception {
        for (long size : new long[]{1, 10L << 20, 100L << 20}) {
            Path file = directory.resolve("fichier-" + size + ".bin");
            String sha256 = write(file, size);
            AtomicLong mostHeap = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    mostHeap.accumulateAndGet(hub.heapUsed(), Math::max);
                    try {
                        TimeUnit.MILLISECONDS.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            ApiClient.Response uploaded = officer.multipartFile(D + "/documents", Map.of(), "fichier-" + size + ".bin",
                                                                file, PATIENCE);
            long uploadMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            assertThat(uploaded.json().path("sha256").asText()).isEqualTo(sha256);
            assertThat(uploaded.json().path("size").asLong()).isEqualTo(size);

            started = System.nanoTime();
            HttpResponse<InputStream> download = officer.getStream(D + "/documents/" + uploaded.json().path("documentId")
                                                                                               .asText() + "/content", PATIENCE);
            assertThat(download.statusCode()).isEqualTo(200);
            String downloaded = digest(download.body());
            long downloadMillis = (System.nanoTime() - started) / 1_000_000;
            sampling.set(false);
            sampler.join();
            assertThat(downloaded).as("the bytes that came back").isEqualTo(sha256);
            System.out.printf("streaming: %,d bytes up in %,d ms, down in %,d ms; the hub's heap at most %,d MB (cap 256)%n",
                              size, uploadMillis, downloadMillis, mostHeap.get() >> 20);
            Files.delete(file);
        }
    }

    /** Writes {@code size} pseudo-random bytes, a megabyte at a time; their SHA-256. */
    static String write(Path file, long size) throws Exception {
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

    static String digest(InputStream bytes) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream in = new DigestInputStream(bytes, sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
