package fr.entente.mongo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondInstanceOnSameDirectoryIsRefusedTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aSecondInstanceInTheSameJvmOrAnotherProcessIsRefusedUntilTheFirstCloses() throws Exception {
        EmbeddedMongoSettings settings = new EmbeddedMongoSettings(dataDirectory, null, 0);
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(settings)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.start(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dataDirectory.toAbsolutePath().toString())
                .hasMessageContaining("already in use by another instance")
                .hasMessageContaining("this process, pid " + ProcessHandle.current().pid())
                .hasMessageContaining("Stop that instance, or choose another data directory");

            String output = runInAnotherProcess();
            assertThat(output).startsWith("REFUSED ")
                .contains(dataDirectory.toAbsolutePath().toString())
                .contains("Stop that instance, or choose another data directory");
        }
        // released on close
        try (EmbeddedMongoServer again = EmbeddedMongoServer.start(settings)) {
            assertThat(again.address()).startsWith("mongodb://127.0.0.1:");
        }
        assertThat(runInAnotherProcess()).isEqualTo("STARTED");
    }

    @Test
    void aDataFileOfAnotherFormatIsRefusedUntouched() throws Exception {
        Path file = dataDirectory.resolve(EmbeddedMongoServer.DATA_FILE_NAME);
        org.h2.mvstore.MVStore foreign = org.h2.mvstore.MVStore.open(file.toString());
        foreign.openMap("databases.app.things").put("x", "Java-serialized by another backend");
        foreign.close();
        long size = java.nio.file.Files.size(file);

        assertThatThrownBy(() -> EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("was not written by this embedded server");
        assertThat(java.nio.file.Files.size(file)).isEqualTo(size);
        // the refused start released the directory: a second try meets the same refusal, not "in use"
        assertThatThrownBy(() -> EmbeddedMongoServer.start(new EmbeddedMongoSettings(dataDirectory, null, 0)))
            .hasMessageContaining("was not written by this embedded server");
    }

    private String runInAnotherProcess() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), EmbeddedServerChildMain.class.getName(),
            "try-start", dataDirectory.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return output.lines().filter(line -> line.startsWith("REFUSED") || line.startsWith("STARTED"))
            .findFirst().orElse(output);
    }
}
