package fr.entente.web.document;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.entente.web.document.DocumentCorner.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload limit, on a hub of its own whose limit is 1 MB ({@code entente.documents.max-file-size}): a file one
 * byte over it is refused with 413 problem details while it streams, and the chunks already written to GridFS are
 * deleted. Nothing in the log either.
 */
class DocumentUploadLimitTest {

    private static final int LIMIT = 1024 * 1024;

    private static ApiWorld world;
    private static ApiClient referent;

    @BeforeAll
    static void start() {
        world = ApiWorld.startWith(List.of("--entente.documents.max-file-size=1MB"));
        DocumentCorner.seat(world);
        referent = world.signedIn(REFERENT_A);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void aFileAtTheLimitIsKept() {
        byte[] atTheLimit = new byte[LIMIT];
        atTheLimit[0] = 'x';

        assertThat(uploaded(referent, null, "juste.bin", atTheLimit).path("size").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndLeavesNoChunk() {
        long events = world.eventCount();
        long chunks = chunks(world);
        long files = files(world);

        var problem = refused(world, events, chunks, upload(referent, null, "trop-gros.bin", new byte[LIMIT + 1]), 413,
                              "document.file-too-large");

        assertThat(problem.path("detail").asText()).contains("1 Mo");
        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(files(world)).isEqualTo(files);
    }
}
