package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingSinkTest {

    @Test
    void closedStreamsAreNotKeptSoThousandsOfFilesDoNotHoldThousandsOfBuffers(@TempDir Path dir) throws IOException {
        StagingSink sink = new StagingSink("html", dir, Progress.none(), new AtomicBoolean());
        for (int i = 0; i < 2_000; i++) {
            try (OutputStream out = sink.open("organisations/org-" + i + ".html")) {
                out.write('x');
            }
        }
        assertThat(sink.openStreams()).isZero();
        assertThat(Files.readString(dir.resolve("organisations/org-1999.html"))).isEqualTo("x");
    }

    @Test
    void streamsARendererLeftOpenAreClosedSoTheirBytesReachTheFile(@TempDir Path dir) throws IOException {
        StagingSink sink = new StagingSink("csv", dir, Progress.none(), new AtomicBoolean());
        OutputStream forgotten = sink.open("a.csv");
        forgotten.write("a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.openStreams()).isEqualTo(1);

        sink.closeLeftOpen();

        assertThat(sink.openStreams()).isZero();
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("a,b");
    }

    @Test
    void aFileWrittenTwiceOrAfterTheStopIsRefused(@TempDir Path dir) throws IOException {
        AtomicBoolean stopped = new AtomicBoolean();
        StagingSink sink = new StagingSink("pdf", dir, Progress.none(), stopped);
        sink.open("r-de.pdf").close();
        assertThatThrownBy(() -> sink.open("r-de.pdf")).hasMessageContaining("twice");
        stopped.set(true);
        assertThatThrownBy(() -> sink.open("r-en.pdf")).hasMessageContaining("stopped");
    }
}
