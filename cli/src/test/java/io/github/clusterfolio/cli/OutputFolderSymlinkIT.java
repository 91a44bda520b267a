package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is written, and nothing removed, through a symbolic link inside the output folder: a link where a
 * folder of the output belongs is refused before anything changes; a link where a file belongs is treated
 * as a file (replaced, or removed by {@code --clean}, itself). The output folder itself may be a link to a
 * folder; a dangling one is refused with its real cause. Each case with and without {@code --clean}.
 */
class OutputFolderSymlinkIT {
    @TempDir
    Path work;

    @BeforeEach
    void copyTheBundledExample() throws IOException {
        Files.copy(CommandLineIT.examples().resolve(RegionInput.BUNDLED_DATASET), work.resolve("region.yaml"));
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(booleans = {false, true})
    void aFormatFolderThatIsALinkIsRefusedAndNothingIsWrittenThroughIt(boolean clean) throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Cli.write(elsewhere.resolve("precious.txt"), "not clusterfolio's");
        Files.createDirectories(work.resolve("out"));
        Files.createSymbolicLink(work.resolve("out/pdf"), Path.of("../elsewhere"));
        SortedMap<String, String> before = FileTree.snapshot(elsewhere);

        Result result = Cli.in(work).run(args(clean, "render", "region.yaml", "--format", "pdf"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.stderr()).contains("out/pdf")
                .contains("is a symbolic link, and clusterfolio never writes through a link out of the output folder");
        assertThat(FileTree.snapshot(elsewhere)).isEqualTo(before);
        assertThat(work.resolve("out/pdf")).isSymbolicLink();
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(booleans = {false, true})
    void aLinkDeeperInsideIsRefusedBeforeAnyFileMoves(boolean clean) throws IOException {
        Result first = Cli.in(work).run("render", "region.yaml", "--format", "html,csv", "--timestamp", "2026-01-01");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        OutputPaths.deleteTree(work.resolve("out/html/en"));
        Files.createSymbolicLink(work.resolve("out/html/en"), Path.of("../../elsewhere"));
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));

        Result result = Cli.in(work).run(args(clean, "render", "region.yaml", "--format", "csv,html",
                "--timestamp", "2026-02-01"));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.stderr()).contains("out/html/en is a symbolic link");
        assertThat(FileTree.files(elsewhere)).isEmpty();
        assertThat(FileTree.snapshot(work.resolve("out"))).as("not even the CSV files changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(booleans = {false, true})
    void anOutputFolderThatIsALinkToAFolderIsWrittenIntoAndStaysALink(boolean clean) throws IOException {
        Path real = Files.createDirectories(work.resolve("real"));
        Cli.write(real.resolve("csv/gone.csv"), "a file this run does not write");
        Files.createSymbolicLink(work.resolve("site"), Path.of("real"));

        Result result = Cli.in(work).run(args(clean, "render", "region.yaml", "--format", "csv", "--out", "site"));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(work.resolve("site")).isSymbolicLink();
        assertThat(FileTree.files(real)).containsExactlyElementsOf(clean
                ? java.util.List.of("csv/key-figures.csv", "csv/organisations.csv", "csv/sectors.csv")
                : java.util.List.of("csv/gone.csv", "csv/key-figures.csv", "csv/organisations.csv", "csv/sectors.csv"));
    }

    @ParameterizedTest(name = "clean: {0}")
    @ValueSource(booleans = {false, true})
    void aDanglingLinkAsTheOutputFolderIsRefusedNamingTheRealCause(boolean clean) throws IOException {
        Files.createSymbolicLink(work.resolve("site"), Path.of("missing/folder"));

        Result direct = Cli.in(work).run(args(clean, "render", "region.yaml", "--out", "site"));
        Result under = Cli.in(work).run(args(clean, "render", "region.yaml", "--out", "site/sub"));

        assertThat(direct.exitCode()).as(direct.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(direct.stderr()).isEqualTo("clusterfolio render: the output folder site is a symbolic link to"
                + " missing/folder, which does not exist; create that folder, or name another one with --out\n");
        assertThat(under.exitCode()).as(under.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(under.stderr()).contains("the output folder site/sub lies under site, which is a symbolic link to"
                + " missing/folder, which does not exist").doesNotContain("already exists");
        assertThat(work.resolve("missing")).doesNotExist();
    }

    @Test
    void aLinkWhereAFileBelongsIsReplacedItselfAndTheFileItPointsToIsUntouched() throws IOException {
        Path victim = Cli.write(work.resolve("victim.csv"), "not clusterfolio's");
        Files.createDirectories(work.resolve("out/csv"));
        Files.createSymbolicLink(work.resolve("out/csv/sectors.csv"), Path.of("../../victim.csv"));

        Result result = Cli.in(work).run("render", "region.yaml", "--format", "csv");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(work.resolve("out/csv/sectors.csv")).isRegularFile().content().isNotEqualTo("not clusterfolio's");
        assertThat(victim).hasContent("not clusterfolio's");
    }

    @Test
    void leftOverLinksAreListedAndCleanRemovesTheLinksNeverWhatTheyPointTo() throws IOException {
        Path secret = Cli.write(work.resolve("secret/keep.txt"), "not clusterfolio's");
        Path organisations = Files.createDirectories(work.resolve("out/html/de/organisations"));
        Files.createSymbolicLink(organisations.resolve("to-a-file.html"), Path.of("../../../../secret/keep.txt"));
        Files.createSymbolicLink(organisations.resolve("to-a-folder"), Path.of("../../../../secret"));
        Files.createSymbolicLink(organisations.resolve("dangling.html"), Path.of("nowhere"));

        Result kept = Cli.in(work).run("render", "region.yaml", "--format", "html");
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(kept.stderr()).contains("note: 3 files in the formats' folders were not written by this run")
                .contains("out/html/de/organisations/dangling.html", "out/html/de/organisations/to-a-folder");
        Result cleaned = Cli.in(work).run("render", "region.yaml", "--format", "html", "--clean");

        assertThat(cleaned.exitCode()).as(cleaned.toString()).isZero();
        assertThat(cleaned.stdout()).contains("Removed 3 files that this run did not write");
        assertThat(organisations.resolve("to-a-file.html")).doesNotExist();
        assertThat(organisations.resolve("to-a-folder")).doesNotExist();
        assertThat(Files.exists(organisations.resolve("dangling.html"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isFalse();
        assertThat(secret).hasContent("not clusterfolio's");
    }

    private static String[] args(boolean clean, String... args) {
        if (!clean) {
            return args;
        }
        String[] withClean = java.util.Arrays.copyOf(args, args.length + 1);
        withClean[args.length] = "--clean";
        return withClean;
    }
}
