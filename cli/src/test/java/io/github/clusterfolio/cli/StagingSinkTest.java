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
        StagingSink sink = new StagingSink("html", dir, Progress.none(), new AtomicBoolean(), new DiskSync.Background());
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
        StagingSink sink = new StagingSink("csv", dir, Progress.none(), new AtomicBoolean(), new DiskSync.Background());
        OutputStream forgotten = sink.open("a.csv");
        forgotten.write("a,b".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.openStreams()).isEqualTo(1);

        sink.closeLeftOpen();

        assertThat(sink.openStreams()).isZero();
        assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("a,b");
    }

    @Test
    void everyClosedFileIsForcedToTheDiskInTheBackgroundAndAPathOutsideIsRefused(@TempDir Path dir) throws IOException {
        DiskSync.Background disk = new DiskSync.Background();
        StagingSink sink = new StagingSink("html", dir, Progress.none(), new AtomicBoolean(), disk);
        for (int i = 0; i < 200; i++) {
            try (OutputStream out = sink.open("de/sectors/s-" + i + ".html")) {
                out.write(("sector " + i).getBytes(StandardCharsets.UTF_8));
            }
        }

        assertThat(disk.finish()).hasSize(200).contains(dir.resolve("de/sectors/s-199.html"));
        assertThat(Files.readString(dir.resolve("de/sectors/s-7.html"))).isEqualTo("sector 7");
        for (String outside : new String[] {"../x.html", "/x.html", "a//b.html", "a\\b.html", "./x.html"}) {
            assertThatThrownBy(() -> sink.open(outside)).as(outside).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void bytesAfterCloseAreRefusedSoNoneArriveAfterTheFileWasForced(@TempDir Path dir) throws IOException {
        StagingSink sink = new StagingSink("pdf", dir, Progress.none(), new AtomicBoolean(), new DiskSync.Background());
        OutputStream out = sink.open("r-de.pdf");
        out.write('x');
        out.close();

        assertThatThrownBy(() -> out.write(new byte[1 << 17])).isInstanceOf(IOException.class);
    }

    @Test
    void aStoppedRunClosesEveryChannelItHandedOver(@TempDir Path dir) throws IOException {
        DiskSync.Background disk = new DiskSync.Background();
        java.util.List<java.nio.channels.FileChannel> channels = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve("f" + i),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
            channels.add(channel);
            disk.forceAndClose(dir.resolve("f" + i), channel);
        }

        disk.abandon();

        assertThat(channels).noneMatch(java.nio.channels.FileChannel::isOpen);
    }

    @Test
    void aFileTheDiskCannotTakeFailsTheCommitNotTheRenderer(@TempDir Path dir) throws IOException {
        DiskSync.Background disk = new DiskSync.Background();
        java.nio.channels.FileChannel closed = java.nio.channels.FileChannel.open(dir.resolve("x"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        closed.close();

        disk.forceAndClose(dir.resolve("x"), closed); // a channel that cannot be forced

        assertThatThrownBy(disk::finish).isInstanceOf(java.nio.channels.ClosedChannelException.class);
    }

    @Test
    void aFileWrittenTwiceOrAfterTheStopIsRefused(@TempDir Path dir) throws IOException {
        AtomicBoolean stopped = new AtomicBoolean();
        StagingSink sink = new StagingSink("pdf", dir, Progress.none(), stopped, new DiskSync.Background());
        sink.open("r-de.pdf").close();
        assertThatThrownBy(() -> sink.open("r-de.pdf")).hasMessageContaining("twice");
        stopped.set(true);
        assertThatThrownBy(() -> sink.open("r-en.pdf")).hasMessageContaining("stopped");
    }
}
