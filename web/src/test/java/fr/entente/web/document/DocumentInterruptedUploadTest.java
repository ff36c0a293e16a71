package fr.entente.web.document;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static fr.entente.web.document.DocumentCorner.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload cut off in the middle (the client announces 20 MB, sends 5 and drops the connection): no chunk and no file
 * in GridFS, nothing in the log, and the next upload goes through.
 */
@ExtendWith(SharedApiWorld.class)
class DocumentInterruptedUploadTest {

    private ApiWorld world;
    private ApiClient referent;

    @BeforeEach
    void seat(ApiWorld world) {
        DocumentCorner.seat(world);
        this.world = world;
        referent = world.signedIn(REFERENT_A);
    }

    @Test
    void anUploadCutOffInTheMiddleLeavesNoChunk() throws Exception {
        long events = world.eventCount();
        long chunks = chunks(world);
        long files = files(world);

        String boundary = "coupure-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"coupe.bin\"\r\n"
                      + "Content-Type: application/octet-stream\r\n\r\n";
        long announced = head.length() + (20L << 20) + ("\r\n--" + boundary + "--\r\n").length();
        try (Socket socket = new Socket("127.0.0.1", world.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + D + "/documents HTTP/1.1\r\nHost: localhost:" + world.port() + "\r\n"
                       + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                       + "Content-Length: " + announced + "\r\nAccept: application/json\r\n"
                       + "Cookie: " + referent.cookieHeader() + "\r\nX-XSRF-TOKEN: " + referent.csrfToken() + "\r\n\r\n"
                       + head).getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            new Random(7).nextBytes(block);
            for (int i = 0; i < 5; i++) {
                out.write(block);
            }
            out.flush();
            socket.setSoLinger(true, 0);
        }
        TimeUnit.SECONDS.sleep(3);

        assertThat(chunks(world)).as("GridFS chunks").isEqualTo(chunks);
        assertThat(files(world)).as("GridFS files").isEqualTo(files);
        assertThat(world.eventCount()).as("events").isEqualTo(events);
        assertThat(upload(referent, null, "apres.pdf", PDF).status()).as("the next upload goes through").isEqualTo(201);
    }
}
