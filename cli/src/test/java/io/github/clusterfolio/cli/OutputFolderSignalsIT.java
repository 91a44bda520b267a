package io.github.clusterfolio.cli;

import static io.github.clusterfolio.cli.CommandLineIT.STACK_TRACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT (Ctrl-C) stop {@code render} in an orderly way: while the render threads are writing
 * (a 400-organisation region in every format) and in the middle of the commit (paused there by fault
 * injection), the run stops its render threads first, rolls the commit back, removes its staging folder and
 * lock, prints one line and exits with code 3; the folder is byte for byte as it was — without waiting for
 * a next run. Once the commit completed, the one line says that the output was written.
 */
class OutputFolderSignalsIT {
    private static final String OLD_TIME = "2026-01-01T00:00:00Z";

    @TempDir
    static Path work;

    static SortedMap<String, String> old;
    static SortedMap<String, String> fresh;

    @BeforeAll
    static void renderTheOldAndTheNewOutput() throws IOException {
        Files.writeString(work.resolve("old.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(3, 4, 400)));
        Files.writeString(work.resolve("new.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(4, 4, 380)));
        Result first = Cli.in(work).run("render", "old.yaml", "--out", "template", "--timestamp", OLD_TIME, "--quiet");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        old = FileTree.snapshot(work.resolve("template"));
        copyTree(work.resolve("template"), work.resolve("expected"));
        Result reference = Cli.in(work).run(newArgs("expected"));
        assertThat(reference.exitCode()).as(reference.toString()).isZero();
        fresh = FileTree.snapshot(work.resolve("expected"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalWhileTheRenderThreadsWriteLeavesTheFolderAsItWas(String signal) throws Exception {
        Path out = copyTree(work.resolve("template"), work.resolve("rendering-" + signal));
        RunningCli run = new RunningCli(Cli.in(work).start(newArgs(out.getFileName().toString())));
        waitForStagedFiles(out, run.process(), 100);

        run.signal(signal);
        Result result = run.await();

        assertStoppedAndLeftAsItWas(result, out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalInTheMiddleOfTheCommitRollsItBack(String signal) throws Exception {
        Path out = copyTree(work.resolve("template"), work.resolve("committing-" + signal));
        RunningCli run = new RunningCli(Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=rename-300:pause")
                .start(newArgs(out.getFileName().toString())));
        run.awaitErrLine("fault injection: paused at rename-300", 120);
        assertThat(FileTree.snapshot(out)).as("half-way through the commit").isNotEqualTo(old);

        run.signal(signal);
        Result result = run.await();

        assertStoppedAndLeftAsItWas(result, out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalAfterTheCommitCompletedSaysTheOutputWasWritten(String signal) throws Exception {
        Path out = copyTree(work.resolve("template"), work.resolve("done-" + signal));
        String name = out.getFileName().toString();
        RunningCli run = new RunningCli(Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=done:pause")
                .start(newArgs(name)));
        run.awaitErrLine("fault injection: paused at done", 120);

        run.signal(signal);
        Result result = run.await();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.errLines().getLast())
                .isEqualTo("clusterfolio render: stopped by a signal; the output was already written into " + name);
        assertThat(FileTree.snapshot(out)).isEqualTo(fresh);
        assertThat(FileTree.temporaryFiles(out)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------

    private static String[] newArgs(String out) {
        return new String[] {"render", "new.yaml", "--clean", "--out", out, "--timestamp", "2026-02-01T00:00:00Z"};
    }

    private static void assertStoppedAndLeftAsItWas(Result result, Path out) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.stderr()).as(result.toString()).doesNotContainPattern(STACK_TRACE);
        assertThat(result.errLines()).as(result.toString())
                .filteredOn(line -> !line.startsWith("fault injection:"))
                .containsExactly("clusterfolio render: stopped by a signal; the output folder " + out.getFileName()
                        + " was left as it was");
        assertThat(FileTree.temporaryFiles(out)).as("staging folder and lock").isEmpty();
        assertThat(FileTree.snapshot(out)).isEqualTo(old);
    }

    static Path copyTree(Path from, Path to) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(from)) {
            paths = walk.toList();
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
        return to;
    }

    /** Waits until the run has staged {@code count} files: its render threads are writing. */
    private static void waitForStagedFiles(Path out, Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("still rendering").isTrue();
            for (Path staging : OutputRecovery.stagingFolders(out)) {
                try (Stream<Path> staged = Files.walk(staging.resolve(StagedOutput.NEW))) {
                    if (staged.filter(Files::isRegularFile).limit(count).count() >= count) {
                        return;
                    }
                } catch (IOException raced) {
                    // Changed while read; look again.
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError(count + " files were not staged within 120 s");
    }
}
