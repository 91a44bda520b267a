package io.github.clusterfolio.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency: a 5,000-organisation region (10,000 HTML pages and the CSV files) is rendered with
 * {@code --clean} over the output of another region, and the process dies at instants spread over the whole
 * run — while rendering (a real {@code kill -9}) and at points of the commit chosen by fault injection
 * ({@code halt} ends the JVM on the spot, as {@code kill -9} does): once the journal is on the disk, after a
 * third and two thirds of the renames, after the last change (a removal), and once the commit completed. Then one more
 * run names the folder — with invalid data, so that it does nothing but the recovery every run does first —
 * and the folder must be exactly the old or exactly the new output, byte for byte, without a staging folder
 * or lock file.
 */
class OutputFolderCrashIT {
    private static final String OLD_TIME = "2026-01-01T00:00:00Z";
    private static final String NEW_TIME = "2026-02-01T00:00:00Z";

    @TempDir
    Path work;

    @Test
    void killedAtInstantsSpreadOverTheRunTheFolderIsExactlyOldOrNewOnceTheNextRunHasStarted() throws Exception {
        Files.writeString(work.resolve("old.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(1, 8, 5_000)));
        Files.writeString(work.resolve("new.yaml"), RegionYamlWriter.toYaml(SyntheticRegions.generate(2, 8, 4_950)));
        Files.writeString(work.resolve("invalid.yaml"), "format: not-clusterfolio\n");
        Path out = work.resolve("out");
        Result first = Cli.in(work).run("render", "old.yaml", "--format", "csv,html", "--timestamp", OLD_TIME, "--quiet");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        SortedMap<String, String> old = FileTree.snapshot(out);
        Result reference = Cli.in(work).run(newArgs("expected"));
        assertThat(reference.exitCode()).as(reference.toString()).isZero();
        SortedMap<String, String> fresh = FileTree.snapshot(work.resolve("expected"));
        long removed = old.keySet().stream().filter(path -> !fresh.containsKey(path)).count();
        assertThat(removed).as("pages of 50 organisations in two languages, removed by --clean").isEqualTo(100);
        // Every file is replaced (the timestamp differs), and the removals follow.
        int changes = (int) (fresh.keySet().stream().filter(path -> !path.endsWith("/")).count() + removed);
        assertThat(changes).isGreaterThan(10_000);

        // The folder is exactly old after each roll-back, so each kill starts from where the last one ended.
        Process doomed = Cli.in(work).start(newArgs("out"));
        waitForStagedFiles(out, doomed, 2_000);
        doomed.destroyForcibly();
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertRecoveredTo(out, old, "kill -9 while rendering", false);

        // (CommitCrashTest stops a small commit at every one of its points; this is the same at full size.)
        for (String point : List.of("journal", "rename-" + changes / 3, "rename-" + changes * 2 / 3,
                "rename-" + changes)) {
            killAt(out, point);
            assertRecoveredTo(out, old, "halted at " + point, true);
        }
        killAt(out, "done");
        assertRecoveredTo(out, fresh, "halted at done", false);
    }

    // ---------------------------------------------------------------------------------------------------

    private void killAt(Path out, String point) throws IOException {
        Result killed = Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=" + point + ":halt")
                .run(newArgs("out"));
        assertThat(killed.exitCode()).as("halted at %s: %s", point, killed).isEqualTo(137);
        assertThat(OutputRecovery.stagingFolders(out)).as("left by the run halted at %s", point).hasSize(1);
    }

    private void assertRecoveredTo(Path out, SortedMap<String, String> expected, String what, boolean rolledBack) {
        Result recovery = Cli.in(work).run("render", "invalid.yaml", "--out", "out");

        assertThat(recovery.exitCode()).as(recovery.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        if (rolledBack) {
            assertThat(recovery.stderr()).as(what)
                    .contains("note: a run that was stopped while it moved its files into place");
        }
        assertThat(FileTree.temporaryFiles(out)).as("staging folders and lock files after %s", what).isEmpty();
        assertThat(FileTree.snapshot(out)).as("the output folder after %s and the recovery", what).isEqualTo(expected);
    }

    private static String[] newArgs(String out) {
        return new String[] {"render", "new.yaml", "--format", "csv,html", "--clean", "--out", out, "--timestamp",
            NEW_TIME, "--quiet"};
    }

    /** Waits until the run has staged {@code count} files, so that it is in the middle of rendering. */
    private static void waitForStagedFiles(Path out, Process process, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("still rendering").isTrue();
            for (Path staging : OutputRecovery.stagingFolders(out)) {
                try (Stream<Path> staged = Files.walk(staging.resolve(StagedOutput.NEW))) {
                    if (staged.filter(Files::isRegularFile).limit(count).count() >= count) {
                        assertThat(staging.resolve(CommitJournal.PLAN)).as("still rendering").doesNotExist();
                        return;
                    }
                } catch (IOException raced) {
                    // The staging folder changed while it was read; look again.
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(count + " files were not staged within 120 s");
    }
}
