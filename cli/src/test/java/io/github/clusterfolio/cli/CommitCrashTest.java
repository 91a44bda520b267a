package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that dies at any point of a commit — after the journal, after each single change, after the
 * commit completed — leaves a folder that the next run puts back to exactly the old or exactly the new
 * state, and no staging folder. The death is simulated in this JVM: an {@link Error} thrown at a point of
 * the commit skips every clean-up, as {@code kill -9} does, and the lock is released as the kernel would.
 * Every kind of change is in the commit: folders created, files added, replaced and (with {@code --clean})
 * removed, folders emptied.
 */
class CommitCrashTest {
    @TempDir
    Path temp;

    /** Thrown at a point of the commit: the process "dies" there. */
    static final class Crash extends Error {
        Crash(String point) {
            super("crashed at " + point);
        }
    }

    @Test
    void aCrashAtAnyPointOfTheCommitIsRolledBackToExactlyTheOldFolderByTheNextRun() throws IOException {
        SortedMap<String, String> old = oldFolder(temp.resolve("reference-old"));
        SortedMap<String, String> fresh = newFolder(temp.resolve("reference-new"));
        int points = countPoints();
        assertThat(points).as("journal, each change, done").isGreaterThan(10);

        for (int point = 1; point <= points; point++) {
            Path out = temp.resolve("out-" + point);
            oldFolder(out);
            String reached = crashAt(out, point);

            List<String> notes = new ArrayList<>();
            try (StagedOutput next = StagedOutput.open(out, "out", StagedOutput::atomicMove, notes::add)) {
                // Recovery happened on open; this run writes nothing.
            }

            SortedMap<String, String> after = FileTree.snapshot(out);
            if (reached.equals("done")) {
                assertThat(after).as("crashed at %s", reached).isEqualTo(fresh);
            } else {
                assertThat(after).as("crashed at %s", reached).isEqualTo(old);
                if (!reached.equals("journal")) {
                    assertThat(notes).as("crashed at %s", reached).singleElement().asString().contains("rolled back");
                }
            }
            assertThat(FileTree.temporaryFiles(out)).as("crashed at %s", reached).isEmpty();
        }
    }

    @Test
    void aCrashDuringTheRollBackIsRolledBackByTheRunAfter() throws IOException {
        Path out = temp.resolve("out");
        SortedMap<String, String> old = oldFolder(out);
        crashAt(out, countPoints() - 1);
        Path staging = OutputRecovery.stagingFolders(out).getFirst();
        List<CommitJournal.Step> steps = CommitJournal.read(staging).orElseThrow();

        // Half of a roll-back, then "death": the steps newest first, as CommitRollback takes them.
        assertThat(CommitRollback.rollBack(out, staging, steps.subList(steps.size() / 2, steps.size()))).isEmpty();
        assertThat(FileTree.snapshot(out)).isNotEqualTo(old);
        try (StagedOutput next = StagedOutput.open(out, "out")) {
            // Recovers.
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(old);
        assertThat(FileTree.temporaryFiles(out)).isEmpty();
    }

    @Test
    void aCrashWhileRemovingTheStagingFolderOfACompletedCommitKeepsTheNewFolder() throws IOException {
        SortedMap<String, String> fresh = newFolder(temp.resolve("reference-new"));
        Path out = temp.resolve("out");
        oldFolder(out);
        crashAt(out, countPoints());
        Path staging = OutputRecovery.stagingFolders(out).getFirst();
        assertThat(staging.resolve(CommitJournal.DONE)).exists();
        // What OutputRecovery.removeStaging deletes first: the staged files and the backups.
        OutputPaths.deleteTree(staging.resolve(StagedOutput.NEW));
        OutputPaths.deleteTree(staging.resolve(StagedOutput.OLD));

        try (StagedOutput next = StagedOutput.open(out, "out")) {
            // Recovers.
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(fresh);
        assertThat(FileTree.temporaryFiles(out)).isEmpty();
    }

    @Test
    void aStagingFolderWithoutAJournalIsRemovedWithoutTouchingTheOutput() throws IOException {
        Path out = temp.resolve("out");
        SortedMap<String, String> old = oldFolder(out);
        StagedOutput killed = StagedOutput.open(out, "out");
        stage(killed);
        killed.abandon();

        try (StagedOutput next = StagedOutput.open(out, "out")) {
            assertThat(OutputRecovery.stagingFolders(out)).containsExactly(next.staging());
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(old);
    }

    @Test
    void aJournalThatNamesAPathOutsideTheOutputFolderIsRefused() throws IOException {
        Path staging = Files.createDirectories(temp.resolve("staging"));
        Files.writeString(staging.resolve(CommitJournal.PLAN), "clusterfolio-journal/1\nADD ..%2Fescape\nend\n");

        assertThatThrownBy(() -> CommitJournal.read(staging)).hasMessageContaining("outside the output folder");
    }

    @Test
    void theJournalKeepsAnyFileName() throws IOException {
        Path staging = Files.createDirectories(temp.resolve("staging"));
        List<CommitJournal.Step> steps = List.of(new CommitJournal.Step(CommitJournal.Kind.REMOVE, "html/a b\nc%d ä.html"),
                new CommitJournal.Step(CommitJournal.Kind.RMDIR, "html/x"));

        CommitJournal.write(staging, steps);

        assertThat(CommitJournal.read(staging)).contains(steps);
        assertThat(CommitJournal.read(temp)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------

    /** Commits the new files over the old folder, "dying" at the {@code point}-th point; returns its name. */
    private String crashAt(Path out, int point) throws IOException {
        StagedOutput staged = StagedOutput.open(out, "out");
        stage(staged);
        String[] reached = {""};
        int[] seen = {0};
        staged.faults(new CommitFaults() {
            @Override
            void reached(String name, BooleanSupplier stopped) {
                if (++seen[0] == point) {
                    reached[0] = name;
                    throw new Crash(name);
                }
            }
        });
        assertThatThrownBy(() -> staged.commit(List.of("csv", "html"), true)).isInstanceOf(Crash.class);
        staged.abandon();
        return reached[0];
    }

    private int countPoints() throws IOException {
        Path out = temp.resolve("count");
        oldFolder(out);
        int[] seen = {0};
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            stage(staged);
            staged.faults(new CommitFaults() {
                @Override
                void reached(String name, BooleanSupplier stopped) {
                    seen[0]++;
                }
            });
            staged.commit(List.of("csv", "html"), true);
        }
        return seen[0];
    }

    private static SortedMap<String, String> oldFolder(Path out) {
        Cli.write(out.resolve("csv/sectors.csv"), "old sectors");
        Cli.write(out.resolve("csv/organisations.csv"), "same organisations");
        Cli.write(out.resolve("html/de/index.html"), "old index");
        Cli.write(out.resolve("html/de/organisations/gone-1.html"), "deleted organisation");
        Cli.write(out.resolve("html/de/organisations/gone-2.html"), "deleted too");
        Cli.write(out.resolve("html/de/organisations/kept.html"), "old kept");
        Cli.write(out.resolve("html/fr/organisations/only.html"), "a language no longer rendered");
        Cli.write(out.resolve("notes.txt"), "the user's own file");
        return FileTree.snapshot(out);
    }

    private static SortedMap<String, String> newFolder(Path out) throws IOException {
        oldFolder(out);
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            stage(staged);
            staged.commit(List.of("csv", "html"), true);
        }
        return FileTree.snapshot(out);
    }

    private static void stage(StagedOutput staged) {
        Cli.write(staged.folder("csv").resolve("sectors.csv"), "new sectors");
        Cli.write(staged.folder("csv").resolve("organisations.csv"), "same organisations");
        Cli.write(staged.folder("csv").resolve("key-figures.csv"), "new key figures");
        Cli.write(staged.folder("html").resolve("de/index.html"), "new index");
        Cli.write(staged.folder("html").resolve("de/organisations/kept.html"), "new kept");
        Cli.write(staged.folder("html").resolve("de/organisations/added.html"), "new organisation");
        Cli.write(staged.folder("html").resolve("en/index.html"), "a new language");
        Cli.write(staged.folder("html").resolve("en/sectors/a.html"), "a new sector page");
    }
}
