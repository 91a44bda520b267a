package io.github.clusterfolio.cli;

import static io.github.clusterfolio.cli.CommandLineIT.STACK_TRACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code render} and {@code validate} in a folder with a project file, run as a user runs the jar. */
class ProjectFileIT {
    /** The project file of issue 12, word for word. */
    static final String ISSUE_EXAMPLE = """
            format: clusterfolio-project/1
            data: data/region.yaml          # required; relative to this file
            out: build/site                 # default out/
            formats: [pdf, csv]             # default: every format found
            languages: [de]                 # default: the region's
            theme: theme.yaml               # optional
            labels: [labels/sv.yaml]        # optional, once labels files exist
            options:
              pdf: {conformance: pdf-a-2b}
              csv: {dialect: excel}
              html: {classPrefix: nw, headingLevel: 3}
            """;

    @TempDir
    Path work;

    @BeforeEach
    void aProjectFolder() throws IOException {
        Files.createDirectories(work.resolve("data"));
        Files.createDirectories(work.resolve("labels"));
        Files.copy(CommandLineIT.examples().resolve(RegionInput.BUNDLED_DATASET),
                work.resolve("data/region.yaml"));
        Files.writeString(work.resolve("theme.yaml"), "format: clusterfolio-theme/1\ncolours: {primary: \"#1b3a5c\"}\n");
        // A complete labels file for Swedish, started from English as 'clusterfolio labels' advises.
        Result english = Cli.in(work).run("labels", "en");
        assertThat(english.exitCode()).as(english.toString()).isZero();
        assertThat(english.stdout()).contains("language: \"en\"");
        Files.writeString(work.resolve("labels/sv.yaml"), english.stdout().replace("language: \"en\"", "language: sv"));
        Files.writeString(work.resolve("clusterfolio.yaml"), ISSUE_EXAMPLE);
    }

    @Test
    void renderWithoutArgumentsWritesWhatTheProjectFileAsks() throws IOException {
        Result result = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", "1764288000").run("render", "--quiet");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(files(work.resolve("build/site"))).containsExactly("csv/key-figures.csv", "csv/organisations.csv",
                "csv/sectors.csv", "pdf/metropolregion-nordwest-de.pdf");
        assertThat(work.resolve("out")).doesNotExist();
        byte[] csv = Files.readAllBytes(work.resolve("build/site/csv/organisations.csv"));
        // Excel's dialect: a byte-order mark and semicolons.
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).contains(";");
        String pdf = new String(Files.readAllBytes(work.resolve("build/site/pdf/metropolregion-nordwest-de.pdf")),
                StandardCharsets.ISO_8859_1);
        assertThat(pdf).containsPattern("pdfaid:part[^0-9]{1,3}2").containsPattern("pdfaid:conformance[^A-Z]{1,3}B");
    }

    @Test
    void optionsOnTheCommandLineOverrideTheProjectFile() throws IOException {
        Result result = Cli.in(work).run("render", "--quiet", "--format", "csv", "--option", "csv.dialect=tsv",
                "--out", "elsewhere");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(files(work.resolve("elsewhere"))).containsExactly("csv/key-figures.tsv", "csv/organisations.tsv",
                "csv/sectors.tsv");
        assertThat(work.resolve("build")).doesNotExist();
    }

    @Test
    void aRegionFileOnTheCommandLineIgnoresTheProjectFileInTheWorkingFolder() {
        Result result = Cli.in(work).run("render", "data/region.yaml", "--quiet", "--format", "html");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(work.resolve("out/html/de/overview.html")).isRegularFile();
        assertThat(work.resolve("build")).doesNotExist();
    }

    @Test
    void aBrokenProjectFileIsReportedWithLineAndColumnAndNothingIsWritten() throws IOException {
        Files.writeString(work.resolve("clusterfolio.yaml"), ISSUE_EXAMPLE.replace("pdf-a-2b", "pdf-a2b")
                .replace("formats: [pdf, csv]", "formats: [pdf, cvs]"));

        Result result = Cli.in(work).run("render");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines()).containsExactly(
                "clusterfolio.yaml:4:16: error: unknown format 'cvs' — did you mean 'csv'?; the formats available are"
                        + " csv, html, pdf",
                "clusterfolio.yaml:9:22: error: 'pdf-a2b' is not a value of pdf.conformance — did you mean"
                        + " 'pdf-a-2b'?; allowed: pdf-ua-1, pdf-a-2b, pdf-a-2a",
                "clusterfolio render: nothing written: clusterfolio.yaml has 2 errors");
        assertThat(result.stderr()).doesNotContainPattern(STACK_TRACE);
        assertThat(work.resolve("build")).doesNotExist();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aLanguageTheRegionLacksIsReportedAtItsPlaceInTheProjectFileUnlessLangOverridesIt() throws IOException {
        Files.writeString(work.resolve("clusterfolio.yaml"), ISSUE_EXAMPLE.replace("languages: [de]",
                "languages: [de, sv]"));

        Result result = Cli.in(work).run("render");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines()).containsExactly(
                "clusterfolio.yaml:5:17: error: region 'metropolregion-nordwest' has no language 'sv'; its languages"
                        + " are de, en",
                "clusterfolio render: nothing written: clusterfolio.yaml has 1 error");
        assertThat(work.resolve("build")).doesNotExist();

        Result overridden = Cli.in(work).run("render", "--quiet", "--lang", "en", "--format", "csv");
        assertThat(overridden.exitCode()).as(overridden.toString()).isZero();
        assertThat(work.resolve("build/site/csv/organisations.csv")).isRegularFile();
    }

    @Test
    void validateWithoutArgumentsChecksTheProjectAndTheFilesItNames() throws IOException {
        Result result = Cli.in(work).run("validate");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).containsExactly("clusterfolio.yaml: valid project", "theme.yaml: valid theme",
                "data/region.yaml: valid (6 sectors, 18 organisations, languages de, en)");

        Files.writeString(work.resolve("data/region.yaml"), "format: clusterfolio/1\nregion: {id: x}\n");
        Result broken = Cli.in(work).run("validate", "--project", "clusterfolio.yaml");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(broken.stderr()).contains("data/region.yaml:2:");
    }

    @Test
    void withoutAProjectFileValidateStillNeedsAFile() throws IOException {
        Files.delete(work.resolve("clusterfolio.yaml"));

        Result result = Cli.in(work).run("validate");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("clusterfolio.yaml");
    }

    @Test
    void theProjectSchemaCarriesEveryRenderersOptions() {
        Result result = Cli.in(work).run("schema", "--project");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode schema = JsonMapper.builder().build().readTree(result.stdout());
        JsonNode options = schema.path("properties").path("options").path("properties");
        assertThat(options.path("pdf").path("properties").path("conformance").path("enum").toString())
                .isEqualTo("[\"pdf-ua-1\",\"pdf-a-2b\",\"pdf-a-2a\"]");
        assertThat(options.path("csv").path("properties").path("dialect").path("default").asString()).isEqualTo("rfc4180");
        assertThat(options.path("html").path("properties").path("headingLevel").path("maximum").asInt()).isEqualTo(4);
        assertThat(options.path("pdf").path("properties").path("subtitle").path("type").asString()).isEqualTo("object");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
