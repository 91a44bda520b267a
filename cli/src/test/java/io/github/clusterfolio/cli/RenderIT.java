package io.github.clusterfolio.cli;

import static io.github.clusterfolio.cli.CommandLineIT.STACK_TRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.cli.testrenderers.FailingRendererProvider;
import io.github.clusterfolio.cli.testrenderers.TextRendererProvider;
import io.github.clusterfolio.cli.testrenderers.WarningRendererProvider;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clusterfolio render} run as a user runs it: the packaged jar in a separate process. */
class RenderIT {
    private static final String EPOCH = "1764288000"; // 2025-11-28T00:00:00Z

    @TempDir
    static Path shared;

    /** The test renderers packaged as a third party would ship them: a jar with a META-INF/services entry. */
    static Path testRenderers;

    @TempDir
    Path work;

    Path example;

    @BeforeAll
    static void packageTheTestRenderers() throws IOException, URISyntaxException {
        Path classes = Path.of(TextRendererProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        testRenderers = shared.resolve("test-renderers.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(testRenderers));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("io/github/clusterfolio/cli/testrenderers/") || name.startsWith("META-INF/services/")) {
                    jar.putNextEntry(new JarEntry(name));
                    Files.copy(file, jar);
                    jar.closeEntry();
                }
            }
        }
    }

    @BeforeEach
    void copyTheBundledExample() throws IOException {
        example = Files.copy(CommandLineIT.examples().resolve(RegionInput.BUNDLED_DATASET), work.resolve("region.yaml"));
    }

    @Test
    void theBundledDatasetRendersEveryFormatAndLanguageInDesignsLayout() throws IOException {
        Result result = Cli.in(work).run("render");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(FileTree.snapshot(work.resolve("out")).keySet().stream().filter(name -> !name.endsWith("/")))
                .containsExactlyElementsOf(designLayout(bundledRegion(), List.of("de", "en")));
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout())
                .startsWith("Rendered Metropolregion Nordwest (de, en) into out/ in ")
                .contains("out/pdf/metropolregion-nordwest-de.pdf", "out/pdf/metropolregion-nordwest-en.pdf",
                        "out/csv/organisations.csv", "out/html/de/index.html", "out/html/en/organisations/ (18 files)");
        assertThat(result.outLines().getLast()).matches("[0-9]+ files, [0-9.]+ [kM]B: all new");
        for (String language : List.of("de", "en")) {
            assertThat(Files.readString(work.resolve("out/pdf/metropolregion-nordwest-" + language + ".pdf"),
                    StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
            assertThat(work.resolve("out/html/" + language + "/index.html")).isNotEmptyFile();
        }
        assertThat(work.resolve("out/csv/organisations.csv")).isNotEmptyFile();
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void formatsAndLanguagesCanBeChosen() {
        Result result = Cli.in(work).run("render", "region.yaml", "--format", "pdf,csv", "--lang", "en", "--out", "dist");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(FileTree.files(work.resolve("dist"))).containsExactly(
                "csv/key-figures.csv", "csv/organisations.csv", "csv/sectors.csv", "pdf/metropolregion-nordwest-en.pdf");
    }

    @Test
    void theCsvDialectReachesTheCsvRenderer() throws IOException {
        Result excel = Cli.in(work).run("render", "region.yaml", "--format", "csv", "--csv-dialect", "EXCEL", "--out", "excel");
        Result tsv = Cli.in(work).run("render", "region.yaml", "--format", "csv", "--csv-dialect", "tsv", "--out", "tsv");

        assertThat(excel.exitCode()).as(excel.toString()).isZero();
        byte[] sectors = Files.readAllBytes(work.resolve("excel/csv/sectors.csv"));
        assertThat(new String(sectors, StandardCharsets.UTF_8)).startsWith("\uFEFFid;");
        assertThat(tsv.exitCode()).as(tsv.toString()).isZero();
        assertThat(FileTree.files(work.resolve("tsv")))
                .containsExactly("csv/key-figures.tsv", "csv/organisations.tsv", "csv/sectors.tsv");
    }

    @Test
    void twoRunsWithSourceDateEpochGiveByteIdenticalTrees() {
        Result first = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", EPOCH).run("render", "region.yaml", "--out", "first");
        Result second = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", EPOCH).run("render", "region.yaml", "--out", "second");
        Result option = Cli.in(work).run("render", "region.yaml", "--out", "third", "--timestamp", "2025-11-28T00:00:00Z");

        assertThat(List.of(first, second, option)).allSatisfy(result -> assertThat(result.exitCode()).isZero());
        SortedMap<String, String> tree = FileTree.snapshot(work.resolve("first"));
        assertThat(tree).isNotEmpty();
        assertThat(FileTree.snapshot(work.resolve("second"))).isEqualTo(tree);
        assertThat(FileTree.snapshot(work.resolve("third"))).isEqualTo(tree);
    }

    @Test
    void aSecondIdenticalRunTouchesNoFile() throws IOException {
        Cli cli = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", EPOCH);
        assertThat(cli.run("render", "region.yaml").exitCode()).isZero();
        Path pdf = work.resolve("out/pdf/metropolregion-nordwest-de.pdf");
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(pdf, longAgo);

        Result again = cli.run("render", "region.yaml");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.outLines().getLast()).endsWith(": " + FileTree.files(work.resolve("out")).size() + " unchanged");
        assertThat(Files.getLastModifiedTime(pdf)).isEqualTo(longAgo);
    }

    @Test
    void invalidInputWritesNothingAndExitsWithOne() throws IOException {
        Files.writeString(example, Files.readString(example).replace("    website: https://aef-om.de/",
                "    webiste: https://aef-om.de/"));

        Result result = Cli.in(work).run("render", "region.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines().getFirst()).matches("region\\.yaml:[0-9]+:5: error: .*webiste.*");
        assertThat(result.errLines().getLast())
                .isEqualTo("clusterfolio render: nothing written: region.yaml has 1 error");
        assertThat(result.stdout()).isEmpty();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aRendererFailingMidwayLeavesTheOutputFolderByteIdentical() {
        Cli cli = Cli.in(work).withClassPath(testRenderers);
        assertThat(cli.run("render", "region.yaml", "--format", "pdf,csv,html,txt").exitCode()).isZero();
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));

        Result result = cli.run("render", "region.yaml", "--format", "pdf,csv,html,txt,failing", "--timestamp", "2030-01-01");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.errLines()).containsExactly(
                "clusterfolio render: rendering failing failed: " + FailingRendererProvider.MESSAGE,
                "  because: IllegalStateException: the cause behind it");
        assertThat(result.stdout()).isEmpty();
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void aFileInTheWayLeavesTheOutputFolderByteIdentical() throws IOException {
        assertThat(Cli.in(work).run("render", "region.yaml").exitCode()).isZero();
        Path sectors = work.resolve("out/html/en/sectors");
        OutputPaths.deleteTree(sectors);
        Files.writeString(sectors, "a file where the renderer needs a folder");
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));

        Result result = Cli.in(work).run("render", "region.yaml", "--timestamp", "2030-01-01");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.stderr()).startsWith("clusterfolio render: cannot write out/html/en/sectors/")
                .contains("out/html/en/sectors is a file, not a folder").doesNotContainPattern(STACK_TRACE);
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenMidwayUndoesEveryFileAlreadyMoved() throws IOException, InterruptedException {
        assertThat(Cli.in(work).run("render", "region.yaml").exitCode()).isZero();
        // Renamed organisations change their fragments, the CSV files and the PDFs: every format has files to move.
        Files.writeString(example, Files.readString(example).replace("e. V.", "e.V."));
        Path organisations = work.resolve("out/html/de/organisations");
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));
        assumeTrue(makeUnwritable(organisations), "cannot make a folder unwritable here (root without chattr)");
        Result result;
        try {
            result = Cli.in(work).run("render", "region.yaml");
        } finally {
            makeWritable(organisations);
        }

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(result.errLines().getFirst()).startsWith("clusterfolio render: could not write out/html/de/organisations/")
                .endsWith("; the output folder was left as it was");
        assertThat(result.stderr()).doesNotContainPattern(STACK_TRACE);
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void aBugInARendererIsReportedWithoutAStackTraceUnlessDebugging() {
        Cli cli = Cli.in(work).withClassPath(testRenderers);

        Result plain = cli.run("render", "region.yaml", "--format", "buggy");
        Result debug = cli.run("render", "region.yaml", "--format", "buggy", "--debug");
        Result variable = Cli.in(work).withClassPath(testRenderers).withEnv("CLUSTERFOLIO_DEBUG", "1")
                .run("render", "region.yaml", "--format", "buggy");

        assertThat(plain.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(plain.errLines()).hasSize(2);
        assertThat(plain.errLines().getFirst())
                .startsWith("clusterfolio render: rendering buggy failed: internal error: NullPointerException");
        assertThat(plain.stderr()).doesNotContainPattern(STACK_TRACE);
        assertThat(debug.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(debug.stderr()).containsPattern(STACK_TRACE).contains("BuggyRendererProvider");
        assertThat(variable.stderr()).containsPattern(STACK_TRACE);
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aRendererThatLivesOnlyInTheTestsAppearsAsANewFormat() throws IOException {
        Result without = Cli.in(work).run("render", "--list-formats");
        Result with = Cli.in(work).withClassPath(testRenderers).run("render", "--list-formats");
        Result rendered = Cli.in(work).withClassPath(testRenderers).withEnv("SOURCE_DATE_EPOCH", EPOCH)
                .run("render", "region.yaml", "--format", "txt");

        // A format's line starts in the first column; the options it declares follow, indented.
        assertThat(without.outLines()).filteredOn(line -> !line.startsWith(" "))
                .extracting(line -> line.split(" ")[0]).containsExactly("csv", "html", "pdf");
        assertThat(with.outLines()).contains("txt      plain-text summary, one file per language (test renderer)");
        assertThat(rendered.exitCode()).as(rendered.toString()).isZero();
        assertThat(FileTree.files(work.resolve("out"))).containsExactly("txt/de/summary.txt", "txt/en/summary.txt");
        assertThat(work.resolve("out/txt/en/summary.txt")).content()
                .contains("Northwest Metropolitan Region", "timestamp: 2025-11-28T00:00:00Z");
    }

    @Test
    void theThemeFileReachesEveryRenderer() {
        Cli.write(work.resolve("brand/theme.yaml"), """
                format: clusterfolio-theme/1
                colours: {primary: "#8a1538", accent: "#d4a017"}
                page: {size: A5, bleed: 3}
                """);

        Result result = Cli.in(work).withClassPath(testRenderers)
                .run("render", "region.yaml", "--format", "txt,pdf", "--theme", "brand/theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(work.resolve("out/txt/de/summary.txt")).content().contains("primary colour: #8a1538");
        assertThat(work.resolve("out/pdf/metropolregion-nordwest-de.pdf")).isNotEmptyFile();
    }

    @Test
    void anInvalidThemeFileIsInvalidInputWithItsProblemsLocated() {
        Cli.write(work.resolve("theme.yaml"), """
                format: clusterfolio-theme/1
                colours: {primry: "#8a1538"}
                """);

        Result result = Cli.in(work).run("render", "region.yaml", "--theme", "theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines()).containsExactly(
                "theme.yaml:2:11: error: unknown key 'primry' — did you mean 'primary'?",
                "clusterfolio render: nothing written: theme.yaml has 1 error");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void problemsOfTheThemeAndTheDataShowTogether() throws IOException {
        Cli.write(work.resolve("theme.yaml"), "format: clusterfolio-theme/1\npage: {size: A3}\n");
        Files.writeString(example, Files.readString(example).replace("    website: https://aef-om.de/",
                "    webiste: https://aef-om.de/"));

        Result result = Cli.in(work).run("render", "region.yaml", "--theme", "theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().get(0)).startsWith("theme.yaml:2:");
        assertThat(result.errLines().get(1)).startsWith("region.yaml:").contains("webiste");
        assertThat(result.errLines().get(2))
                .isEqualTo("clusterfolio render: nothing written: theme.yaml has 1 error; region.yaml has 1 error");
    }

    @Test
    void warningsOfARendererArePrintedAndFailTheRunWhenAskedTo() {
        Cli cli = Cli.in(work).withClassPath(testRenderers);

        Result lenient = cli.run("render", "region.yaml", "--format", "warning", "--out", "lenient");
        Result strict = cli.run("render", "region.yaml", "--format", "warning", "--out", "strict", "--fail-on-warning");

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.stderr()).isEqualTo("region.yaml: warning: warning: " + WarningRendererProvider.WARNING + "\n");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(strict.errLines()).containsExactly("region.yaml: warning: warning: " + WarningRendererProvider.WARNING,
                "clusterfolio render: nothing written: 1 warning and --fail-on-warning");
        assertThat(work.resolve("strict")).doesNotExist();
    }

    @Test
    void quietPrintsNothingWhenAllIsWell() {
        Result result = Cli.in(work).run("render", "region.yaml", "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void filesThisRunDidNotWriteAreNamedAndRemovedWithClean() throws IOException {
        Cli.write(work.resolve("out/html/de/organisations/closed-down.html"), "<p>an organisation that was deleted</p>");
        Cli.write(work.resolve("out/index.html"), "the user's own file, outside the formats' folders");

        Result kept = Cli.in(work).run("render", "region.yaml");
        Result cleaned = Cli.in(work).run("render", "region.yaml", "--clean");

        assertThat(kept.exitCode()).isZero();
        assertThat(kept.stderr()).isEqualTo("note: 1 file in the formats' folders were not written by this run and were"
                + " left in place (--clean removes them): out/html/de/organisations/closed-down.html\n");
        assertThat(cleaned.exitCode()).isZero();
        assertThat(cleaned.stdout()).contains("Removed 1 file that this run did not write:"
                + " out/html/de/organisations/closed-down.html");
        assertThat(work.resolve("out/html/de/organisations/closed-down.html")).doesNotExist();
        assertThat(work.resolve("out/index.html")).exists();
    }

    @Test
    void aRunKilledOutrightLeavesAStagingFolderThatTheNextRunRemoves() throws Exception {
        Process slow = Cli.in(work).withClassPath(testRenderers).start("render", "region.yaml", "--format", "slow");
        Path started = waitForStagedFile("slow/started.txt");
        slow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(started).exists();

        Result next = Cli.in(work).withClassPath(testRenderers).run("render", "region.yaml", "--format", "txt");

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    @Test
    void aRunStoppedWithSigtermCleansUpAndLeavesTheOutputAsItWas() throws Exception {
        Cli cli = Cli.in(work).withClassPath(testRenderers);
        assertThat(cli.run("render", "region.yaml", "--format", "txt").exitCode()).isZero();
        SortedMap<String, String> before = FileTree.snapshot(work.resolve("out"));
        RunningCli slow = new RunningCli(cli.start("render", "region.yaml", "--format", "txt,slow", "--timestamp",
                "2030-01-01"));
        waitForStagedFile("slow/started.txt");

        slow.signal("TERM");

        Result stopped = slow.await();
        assertThat(stopped.exitCode()).as(stopped.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(stopped.stderr())
                .isEqualTo("clusterfolio render: stopped by a signal; the output folder out was left as it was\n");
        assertThat(FileTree.snapshot(work.resolve("out"))).isEqualTo(before);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    private Path waitForStagedFile(String file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(work.resolve("out"))) {
                try (Stream<Path> entries = Files.list(work.resolve("out"))) {
                    for (Path staging : entries.filter(entry -> entry.getFileName().toString()
                            .startsWith(StagedOutput.TEMP_PREFIX)).toList()) {
                        Path staged = staging.resolve("new").resolve(file);
                        if (Files.exists(staged)) {
                            return staged;
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(file + " was not staged within 60 s");
    }

    /** The files DESIGN.md promises for a region in these languages, sorted. */
    static List<String> designLayout(Region region, List<String> languages) {
        List<String> files = new ArrayList<>(List.of("csv/key-figures.csv", "csv/organisations.csv", "csv/sectors.csv"));
        for (String language : languages) {
            files.add("pdf/" + region.id() + "-" + language + ".pdf");
            files.add("html/" + language + "/index.html");
            files.add("html/" + language + "/overview.html");
            for (Sector sector : region.sectors()) {
                files.add("html/" + language + "/sectors/" + sector.id() + ".html");
            }
            for (Organisation organisation : region.organisations()) {
                files.add("html/" + language + "/organisations/" + organisation.id() + ".html");
            }
        }
        files.sort(null);
        return files;
    }

    private Region bundledRegion() {
        return RegionLoader.defaults().load(example);
    }

    /** Makes a folder refuse new files, even for root where the file system allows it; false when it cannot. */
    private static boolean makeUnwritable(Path folder) throws IOException, InterruptedException {
        folder.toFile().setWritable(false, false);
        if (!canCreateIn(folder)) {
            return true;
        }
        // Root ignores permissions; the immutable attribute stops root too.
        Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
        chattr.getInputStream().transferTo(OutputStream.nullOutputStream());
        return chattr.waitFor() == 0 && !canCreateIn(folder);
    }

    private static void makeWritable(Path folder) throws IOException, InterruptedException {
        try {
            new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException noChattr) {
            // Only permissions to undo.
        }
        folder.toFile().setWritable(true, false);
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
