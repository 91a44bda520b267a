package io.github.clusterfolio.cli;

import static io.github.clusterfolio.cli.CommandLineIT.STACK_TRACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT (Ctrl-C) stop {@code render} in an orderly way: while the render threads are writing
 * (a 1,000-organisation region in every format) and in the middle of the commit (paused there by fault
 * injection), the run stops its render threads first, rolls the commit back, removes its staging folder and
 * lock, prints one line and exits with code 3; the folder is byte for byte as it was — without waiting for
 * a next run. Once the commit completed, the one line says that the output was written.
 */
class OutputFolderSignalsIT {
    private static final String OLD_TIME = "2026-01-01T00:00:00Z";

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalWhileTheRenderThreadsWriteLeavesTheFolderAsItWas(String signal) throws Exception {
        SortedMap<String, String> old = renderOldOutput();
        RunningCli run = new RunningCli(Cli.in(work).start(newArgs()));
        waitForStagedFiles(run.process(), 200);

        run.signal(signal);
        Result result = run.await();

        assertStoppedAndLeftAsItWas(result, old);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalInTheMiddleOfTheCommitRollsItBack(String signal) throws Exception {
        SortedMap<String, String> old = renderOldOutput();
        RunningCli run = new RunningCli(Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=rename-1000:pause")
                .start(newArgs()));
        run.awaitErrLine("fault injection: paused at rename-1000", 120);
        assertThat(FileTree.snapshot(work.resolve("out"))).as("half-way through the commit").isNotEqualTo(old);

        run.signal(signal);
        Result result = run.await();

        assertStoppedAndLeftAsItWas(result, old);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalAfterTheCommitCompletedSaysTheOutputWasWritten(String signal) throws Exception {
        renderOldOutput();
        Result reference = Cli.in(work).run(newArgs("--out", "expected"));
        assertThat(reference.exitCode()).as(reference.toString()).isZero();
        RunningCli run = new RunningCli(Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=done:pause")
                .start(newArgs()));
        run.awaitErrLine("fault injection: paused at done", 120);

        run.signal(signal);
        Result result = run.await();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.errLines().getLast())
                .isEqualTo("clusterfolio render: stopped by a signal; the output was already written into out");
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(FileTree.snapshot(work.resolve("expected")));
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------

    private SortedMap<String, String> renderOldOutput() throws IOException {
        Files.writeString(work.resolve("old.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(3, 6, 1_000)));
        Files.writeString(work.resolve("new.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(4, 6, 1_000)));
        Result first = Cli.in(work).run("render", "old.yaml", "--timestamp", OLD_TIME, "--quiet");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        return FileTree.snapshot(work.resolve("out"));
    }

    private static String[] newArgs(String... more) {
        return Stream.concat(Stream.of("render", "new.yaml", "--clean", "--timestamp", "2026-02-01T00:00:00Z"),
                Stream.of(more)).toArray(String[]::new);
    }

    private void assertStoppedAndLeftAsItWas(Result result, SortedMap<String, String> old) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.stderr()).as(result.toString()).doesNotContainPattern(STACK_TRACE);
        assertThat(result.errLines()).as(result.toString())
                .filteredOn(line -> !line.startsWith("fault injection:"))
                .containsExactly("clusterfolio render: stopped by a signal; the output folder out was left as it was");
        assertThat(FileTree.temporaryFiles(work)).as("staging folder and lock").isEmpty();
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(old);
    }

    /** Waits until the run has staged {@code count} files: its render threads are writing. */
    private void waitForStagedFiles(Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("still rendering").isTrue();
            for (Path staging : OutputRecovery.stagingFolders(work.resolve("out"))) {
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
