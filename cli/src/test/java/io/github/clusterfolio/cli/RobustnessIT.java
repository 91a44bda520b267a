package io.github.clusterfolio.cli;

import static io.github.clusterfolio.cli.CommandLineIT.STACK_TRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults and reproducibility of {@code clusterfolio render} as a user meets them, with the packaged jar in
 * separate processes and the real renderers on large awkward regions: a disk that fills up, a file-size
 * limit, the process killed part-way, and two runs in two JVMs. (RenderIT covers failures injected with
 * test renderers: a renderer failing midway, a folder that cannot be written, SIGTERM, SIGKILL of a slow
 * test renderer, and identical trees for the bundled dataset.)
 */
class RobustnessIT {
    private static final String FIRST = "2026-01-01T00:00:00Z";
    private static final String SECOND = "2026-02-01T00:00:00Z";

    @TempDir
    Path work;

    @Test
    void aDiskThatFillsUpLeavesThePreviousOutputAndSaysSo() throws Exception {
        writeRegion(AwkwardRegions.generate(21, 4, 60));
        Result measure = Cli.in(work).run("render", "region.yaml", "--out", "measure", "--timestamp", FIRST);
        assertThat(measure.exitCode()).as(measure.toString()).isZero();
        // Room for the output once and a half: the first run fits, a second needs room for a whole new copy.
        long room = (tmpfsUsage(work.resolve("measure")) * 3 / 2 + 4095) / 4096 * 4096;
        Path disk = Files.createDirectory(work.resolve("disk"));
        assumeTrue(mountTmpfs(disk, room), "a small tmpfs cannot be mounted here (needs root on Linux)");
        try {
            Result first = Cli.in(work).run("render", "region.yaml", "--out", "disk/out", "--timestamp", FIRST);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            SortedMap<String, String> before = FileTree.snapshot(disk.resolve("out"));

            Result second = Cli.in(work).run("render", "region.yaml", "--out", "disk/out", "--timestamp", SECOND);

            assertThat(second.exitCode()).as(second.toString()).isEqualTo(ExitCode.FAILED);
            assertThat(second.stderr()).contains("No space left on device").doesNotContainPattern(STACK_TRACE);
            assertThat(second.stdout()).isEmpty();
            assertThat(FileTree.snapshot(disk.resolve("out"))).isEqualTo(before);
            assertThat(FileTree.temporaryFiles(disk)).isEmpty();
        } finally {
            run("umount", disk.toString());
        }
    }

    @Test
    void aFileSizeLimitLeavesThePreviousOutputAndSaysSo() throws Exception {
        writeRegion(AwkwardRegions.generate(22, 4, 60));
        Result first = Cli.in(work).run("render", "region.yaml", "--timestamp", FIRST);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));

        // ulimit -f (in KiB): the brochures are larger than 64 KiB, so writing them fails with EFBIG.
        Process limited = new ProcessBuilder("bash", "-c", "ulimit -f 64 && exec \"$0\" \"$@\"",
                javaBinary(), "-XX:TieredStopAtLevel=1", "-jar", Cli.jar().toString(),
                "render", "region.yaml", "--timestamp", SECOND)
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(limited.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(limited.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(limited.exitValue()).as(output).isEqualTo(ExitCode.FAILED);
        assertThat(output).contains("File too large").doesNotContainPattern(STACK_TRACE);
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void aRunKilledWhileRenderingLeavesThePreviousOutputAndTheNextRunRemovesItsTemporaryFiles() throws Exception {
        writeRegion(AwkwardRegions.generate(23, 6, 3_000));
        Result first = Cli.in(work).run("render", "region.yaml", "--timestamp", FIRST);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));

        Process doomed = Cli.in(work).start("render", "region.yaml", "--timestamp", SECOND);
        waitForAStagedFile(doomed);
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(FileTree.snapshot(work.resolve("out"))).as("the output after kill -9")
                .containsAllEntriesOf(before)
                .allSatisfy((path, digest) -> assertThat(before.containsKey(path) || isTemporary(path))
                        .as("%s is the old output or a temporary file", path).isTrue());
        assertThat(FileTree.temporaryFiles(work)).as("what the killed run left").isNotEmpty();

        Result next = Cli.in(work).run("render", "region.yaml", "--timestamp", FIRST);

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
    }

    @Test
    void twoJvmsAndTheLibraryGiveByteIdenticalFilesInEveryFormat() throws Exception {
        Region region = AwkwardRegions.generate(24, 5, 150);
        writeRegion(region);

        Result one = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", "1767225600").run("render", "region.yaml", "--out", "one");
        Result two = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", "1767225600").run("render", "region.yaml", "--out", "two");

        assertThat(List.of(one, two)).allSatisfy(result -> assertThat(result.exitCode()).as(result.toString()).isZero());
        SortedMap<String, String> tree = FileTree.snapshot(work.resolve("one"));
        assertThat(tree.keySet()).anyMatch(path -> path.startsWith("pdf/")).anyMatch(path -> path.startsWith("csv/"))
                .anyMatch(path -> path.startsWith("html/"));
        assertThat(FileTree.snapshot(work.resolve("two"))).isEqualTo(tree);

        // A third JVM, this one: the library called directly, as an application embeds it.
        Region loaded = RegionLoader.defaults().load(work.resolve("region.yaml"));
        RendererRegistry registry = RendererRegistry.discover();
        for (String format : List.of("csv", "html", "pdf")) {
            registry.find(format).orElseThrow().create(RendererSettings.empty()).render(loaded,
                    RenderOptions.at(Instant.ofEpochSecond(1767225600)),
                    OutputSink.directory(work.resolve("library").resolve(format)));
        }
        assertThat(FileTree.snapshot(work.resolve("library"))).isEqualTo(tree);
    }

    // ---------------------------------------------------------------------------------------------------

    private void writeRegion(Region region) throws IOException {
        Files.writeString(work.resolve("region.yaml"), RegionYamlWriter.toYaml(region));
    }

    /** Waits until the running command has staged at least one file, or fails the test after 60 s. */
    private void waitForAStagedFile(Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the command is still running").isTrue();
            if (Files.isDirectory(work.resolve("out"))) {
                try (Stream<Path> entries = Files.list(work.resolve("out"))) {
                    for (Path staging : entries.filter(entry -> isTemporary(entry.getFileName().toString())).toList()) {
                        if (Files.isDirectory(staging.resolve("new"))) {
                            try (Stream<Path> staged = Files.walk(staging.resolve("new"))) {
                                if (staged.anyMatch(Files::isRegularFile)) {
                                    return;
                                }
                            }
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing was staged within 60 s");
    }

    private static boolean isTemporary(String path) {
        return Stream.of(path.split("/")).anyMatch(part -> part.startsWith(StagedOutput.TEMP_PREFIX));
    }

    /** What the files under {@code root} take on a tmpfs: every file and folder in whole 4 KiB pages. */
    private static long tmpfsUsage(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        long bytes = 0;
        for (Path path : paths) {
            bytes += Files.isDirectory(path) ? 4096 : (Files.size(path) + 4095) / 4096 * 4096;
        }
        return bytes;
    }

    private static boolean mountTmpfs(Path folder, long bytes) throws InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString()) == 0;
    }

    private static int run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException cannotRun) {
            return -1;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
