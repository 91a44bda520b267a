package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.cli.StagedOutput.Change;
import io.github.clusterfolio.cli.StagedOutput.Placed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {
    @TempDir
    Path temp;

    @Test
    void placesNewFilesAndRemovesTheStagingFolder() throws IOException {
        Path out = temp.resolve("out");
        StagedOutput.Commit commit;
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("pdf").resolve("region-de.pdf"), "pdf de");
            Cli.write(staged.folder("html").resolve("de/sectors/a.html"), "<p>a</p>");
            commit = staged.commit(List.of("pdf", "html"), false);
        }

        assertThat(commit.placed()).containsExactly(
                new Placed("html/de/sectors/a.html", 8, Change.NEW), new Placed("pdf/region-de.pdf", 6, Change.NEW));
        assertThat(FileTree.files(out)).containsExactly("html/de/sectors/a.html", "pdf/region-de.pdf");
        assertThat(FileTree.temporaryFiles(out)).isEmpty();
    }

    @Test
    void replacesChangedFilesAndLeavesUnchangedOnesUntouched() throws IOException {
        Path out = temp.resolve("out");
        Path same = Cli.write(out.resolve("csv/sectors.csv"), "same");
        Cli.write(out.resolve("csv/organisations.csv"), "old");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(same, longAgo);

        StagedOutput.Commit commit;
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("csv").resolve("sectors.csv"), "same");
            Cli.write(staged.folder("csv").resolve("organisations.csv"), "new");
            commit = staged.commit(List.of("csv"), false);
        }

        assertThat(commit.placed()).extracting(Placed::path, Placed::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("csv/organisations.csv", Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple("csv/sectors.csv", Change.UNCHANGED));
        assertThat(out.resolve("csv/organisations.csv")).hasContent("new");
        assertThat(Files.getLastModifiedTime(same)).isEqualTo(longAgo);
        assertThat(FileTree.temporaryFiles(out)).isEmpty();
    }

    @Test
    void aFailedMoveInTheMiddleUndoesEveryMoveBeforeIt() throws IOException {
        Path out = temp.resolve("out");
        Cli.write(out.resolve("html/de/index.html"), "old index");
        Cli.write(out.resolve("html/de/overview.html"), "old overview");
        Cli.write(out.resolve("pdf/region-de.pdf"), "old pdf");
        Cli.write(out.resolve("notes.txt"), "the user's own file");
        SortedMap<String, String> before = FileTree.snapshot(out);
        AtomicInteger moves = new AtomicInteger();
        StagedOutput.FileMover failsOnThird = (source, target) -> {
            if (moves.incrementAndGet() == 3) {
                throw new IOException("No space left on device");
            }
            StagedOutput.atomicMove(source, target);
        };

        try (StagedOutput staged = StagedOutput.open(out, "out", failsOnThird)) {
            Cli.write(staged.folder("html").resolve("de/index.html"), "new index");
            Cli.write(staged.folder("html").resolve("de/organisations/a.html"), "new organisation");
            Cli.write(staged.folder("html").resolve("de/overview.html"), "new overview");
            Cli.write(staged.folder("pdf").resolve("region-de.pdf"), "new pdf");
            assertThatThrownBy(() -> staged.commit(List.of("html", "pdf"), false))
                    .isInstanceOf(OutputException.class)
                    .hasMessage("could not write out/html/de/overview.html: No space left on device;"
                            + " the output folder was left as it was");
        }

        assertThat(moves).hasValue(3);
        assertThat(FileTree.snapshot(out)).isEqualTo(before);
    }

    @Test
    void aFileInTheWayOfAFolderFailsBeforeAnythingMoves() throws IOException {
        Path out = temp.resolve("out");
        Cli.write(out.resolve("html/de"), "a file where a folder belongs");
        Cli.write(out.resolve("csv/sectors.csv"), "old");
        SortedMap<String, String> before = FileTree.snapshot(out);

        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("csv").resolve("sectors.csv"), "new");
            Cli.write(staged.folder("html").resolve("de/index.html"), "new");
            assertThatThrownBy(() -> staged.commit(List.of("csv", "html"), false))
                    .isInstanceOf(OutputException.class)
                    .hasMessage("cannot write out/html/de/index.html: out/html/de is a file, not a folder;"
                            + " move it away and run again");
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(before);
    }

    @Test
    void aFolderInTheWayOfAFileFailsBeforeAnythingMoves() throws IOException {
        Path out = temp.resolve("out");
        Files.createDirectories(out.resolve("pdf/region-de.pdf"));
        SortedMap<String, String> before = FileTree.snapshot(out);

        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("pdf").resolve("region-de.pdf"), "new");
            assertThatThrownBy(() -> staged.commit(List.of("pdf"), false))
                    .hasMessageContaining("cannot write out/pdf/region-de.pdf: a folder of that name is in the way");
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(before);
    }

    @Test
    void anOutputFolderCreatedForARunThatFailsIsRemovedAgain() throws IOException {
        Path out = temp.resolve("new/out");
        try (StagedOutput staged = StagedOutput.open(out, "new/out")) {
            Cli.write(staged.folder("pdf").resolve("region-de.pdf"), "never placed");
        }

        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void removesStagingFoldersThatKilledRunsLeftBeforeTheyChangedAnything() throws IOException {
        // Under the lock no other run is at work, so every staging folder is a killed run's, whatever its pid.
        Path out = temp.resolve("out");
        Path killed = Cli.write(out.resolve(".clusterfolio-tmp-2147483646-0a1b2c3d/new/pdf/x.pdf"), "left behind")
                .getParent().getParent().getParent();
        Path samePid = Files.createDirectories(
                out.resolve(".clusterfolio-tmp-" + ProcessHandle.current().pid() + "-00000000/new"));

        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            assertThat(killed).doesNotExist();
            assertThat(samePid).doesNotExist();
            assertThat(staged.staging()).isDirectory();
        }
        assertThat(FileTree.snapshot(out)).isEmpty();
    }

    @Test
    void cleanRemovesFilesThisRunDidNotWriteAndAFailureBringsThemBack() throws IOException {
        Path out = temp.resolve("out");
        Cli.write(out.resolve("html/de/organisations/gone.html"), "an organisation that was deleted");
        Cli.write(out.resolve("html/de/index.html"), "old index");
        Cli.write(out.resolve("other/keep.txt"), "not a format folder");

        StagedOutput.Commit commit;
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("html").resolve("de/index.html"), "new index");
            commit = staged.commit(List.of("html"), true);
        }

        assertThat(commit.removed()).containsExactly("html/de/organisations/gone.html");
        assertThat(FileTree.snapshot(out).keySet()).containsExactly(
                "html/", "html/de/", "html/de/index.html", "other/", "other/keep.txt");
    }

    @Test
    void withoutCleanFilesThisRunDidNotWriteAreListedAndKept() throws IOException {
        Path out = temp.resolve("out");
        Cli.write(out.resolve("html/de/organisations/gone.html"), "an organisation that was deleted");

        StagedOutput.Commit commit;
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("html").resolve("de/index.html"), "new index");
            commit = staged.commit(List.of("html"), false);
        }

        assertThat(commit.leftOver()).containsExactly("html/de/organisations/gone.html");
        assertThat(out.resolve("html/de/organisations/gone.html")).exists();
    }

    @Test
    void aFailureWhileCleaningBringsBackWhatWasRemovedAndReplaced() throws IOException {
        Path out = temp.resolve("out");
        Cli.write(out.resolve("html/de/organisations/gone.html"), "deleted organisation");
        Cli.write(out.resolve("html/de/index.html"), "old index");
        Cli.write(out.resolve("html/en/organisations/also-gone.html"), "deleted too");
        SortedMap<String, String> before = FileTree.snapshot(out);
        // Make the second removal fail: its backup cannot be made because a file blocks the backup folder.
        try (StagedOutput staged = StagedOutput.open(out, "out")) {
            Cli.write(staged.folder("html").resolve("de/index.html"), "new index");
            Cli.write(staged.staging().resolve("old/html/en"), "in the way of the backup folder");
            assertThatThrownBy(() -> staged.commit(List.of("html"), true))
                    .isInstanceOf(OutputException.class)
                    .hasMessageStartingWith("could not remove out/html/en/organisations/also-gone.html:")
                    .hasMessageEndingWith("; the output folder was left as it was");
        }

        assertThat(FileTree.snapshot(out)).isEqualTo(before);
    }
}
