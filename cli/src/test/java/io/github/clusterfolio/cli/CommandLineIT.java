package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar as a user runs it: help, version, validate and schema. */
class CommandLineIT {
    /** A stack trace line, which must never reach a user without --debug. */
    static final Pattern STACK_TRACE = Pattern.compile("^\\s+at [\\w.$]+\\(|Exception in thread|^Caused by: ",
            Pattern.MULTILINE);

    @TempDir
    Path work;

    Path example;

    @BeforeEach
    void copyTheBundledExample() throws IOException {
        example = Files.copy(examples().resolve(RegionInput.BUNDLED_DATASET), work.resolve("region.yaml"));
    }

    static Path examples() {
        return Path.of(System.getProperty("clusterfolio.examples", "../examples"));
    }

    @Test
    void versionComesFromTheJarManifest() {
        Result result = Cli.in(work).run("--version");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().getFirst()).isEqualTo("clusterfolio " + System.getProperty("project.version"));
        assertThat(result.stdout()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void helpNamesTheCommandsTheExitCodesAndTheDefaultInput() {
        Result result = Cli.in(work).run("--help");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("render", "validate", "schema", "Exit codes:", "2   wrong usage");
        Result render = Cli.in(work).run("render", "--help");
        assertThat(render.exitCode()).isZero();
        assertThat(render.stdout().replaceAll("\\s+", " ")).contains("else the bundled Metropolregion Nordwest dataset",
                "metropolregion-nordwest.yaml", "--format", "--lang", "--out", "--csv-dialect", "--theme", "--timestamp",
                "--option=FORMAT.KEY=VALUE", "--project", "clusterfolio.yaml",
                "--list-formats", "--quiet", "--fail-on-warning");
    }

    @Test
    void withoutACommandItShowsTheUsageAndExitsWithTwo() {
        Result result = Cli.in(work).run();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr()).contains("Usage: clusterfolio");
    }

    @Test
    void theBundledExampleIsValidAndNothingGoesToStandardError() {
        Result result = Cli.in(work).run("validate", "region.yaml");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdout()).isEqualTo("region.yaml: valid (6 sectors, 18 organisations, languages de, en)\n");
    }

    @Test
    void everyProblemOfAFileIsNamedWithItsLineAndColumn() throws IOException {
        Path broken = brokenExample();

        Result result = Cli.in(work).run("validate", "broken.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        List<String> errors = result.errLines();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("broken.yaml:" + lineOf(broken, "webiste:") + ":5: error: ")
                .contains("webiste", "website");
        assertThat(errors.get(1)).startsWith("broken.yaml:" + lineOf(broken, "name: [NaGeB") + ":11: error: ");
        assertThat(errors.get(2)).startsWith("broken.yaml:" + lineOf(broken, "[agriculture-fod]") + ":15: error: ")
                .contains("agriculture-fod", "agriculture-food");
        assertThat(result.stdout()).isEqualTo("broken.yaml: invalid, 3 errors\n");
        assertThat(result.stderr()).doesNotContainPattern(STACK_TRACE);
    }

    @Test
    void githubFormatPrintsWorkflowCommandsOnStandardOutput() throws IOException {
        Path broken = brokenExample();

        Result result = Cli.in(work).withEnv("GITHUB_WORKSPACE", work.toString())
                .run("validate", "--format", "github", "--quiet", work.resolve("broken.yaml").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.stderr()).isEmpty();
        assertThat(result.outLines()).hasSize(3).allMatch(line -> line.matches(
                "::error file=broken\\.yaml,line=[0-9]+,col=[0-9]+,title=clusterfolio[^:]*::\\S.*"));
        assertThat(result.outLines().getFirst())
                .startsWith("::error file=broken.yaml,line=" + lineOf(broken, "webiste:") + ",col=5,");
    }

    @Test
    void validatesEveryFileGivenAndFailsIfAnyIsInvalid() throws IOException {
        brokenExample();

        Result result = Cli.in(work).run("validate", "region.yaml", "broken.yaml");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.outLines()).containsExactly(
                "region.yaml: valid (6 sectors, 18 organisations, languages de, en)", "broken.yaml: invalid, 3 errors");
    }

    @Test
    void readsStandardInput() throws IOException {
        Result result = Cli.in(work).withInput(Files.readString(example)).run("validate", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("<stdin>: valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate missing.yaml", "validate .", "validate", "validate region.yaml --format xml",
        "validate region.yaml --fromat github", "rendr", "render missing.yaml", "render region.yaml --format xls",
        "render region.yaml --lang fr", "render region.yaml --out region.yaml", "render region.yaml --out region.yaml/out",
        "render region.yaml --timestamp yesterday", "render region.yaml --csv-dialect semicolon",
        "render region.yaml --theme missing-theme.yaml", "render region.yaml extra.yaml"})
    void wrongUsageGetsOneLineAndExitCodeTwo(String arguments) {
        Result result = Cli.in(work).run(arguments.split(" "));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).as(result.toString()).hasSize(1);
        assertThat(result.stderr()).startsWith("clusterfolio").doesNotContainPattern(STACK_TRACE);
        assertThat(result.stdout()).isEmpty();
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void usageErrorsSayWhatToDo() {
        assertThat(Cli.in(work).run("render", "region.yaml", "--format", "pdf,xls").stderr())
                .startsWith("clusterfolio render: --format: unknown format 'xls'; the formats available are ");
        assertThat(Cli.in(work).run("render", "--fromat", "pdf").stderr())
                .isEqualTo("clusterfolio render: unknown option '--fromat' (did you mean --format?);"
                        + " see 'clusterfolio render --help'\n");
        assertThat(Cli.in(work).run("render", "region.yaml", "--lang", "fr").stderr())
                .isEqualTo("clusterfolio render: --lang: region 'metropolregion-nordwest' has no language 'fr';"
                        + " its languages are de, en\n");
        assertThat(Cli.in(work).run("render", "region.yaml", "--out", "region.yaml").stderr())
                .isEqualTo("clusterfolio render: the output folder region.yaml is a file; name a folder with --out\n");
        assertThat(Cli.in(work).withEnv("SOURCE_DATE_EPOCH", "last tuesday").run("render", "region.yaml").stderr())
                .startsWith("clusterfolio render: SOURCE_DATE_EPOCH='last tuesday' is not a number of seconds");
    }

    @Test
    void schemaPrintsTheJsonSchema() {
        Result result = Cli.in(work).run("schema");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode schema = JsonMapper.builder().build().readTree(result.stdout());
        assertThat(schema.path("$schema").asString()).contains("json-schema.org");
        assertThat(result.stderr()).isEmpty();
    }

    /**
     * The bundled example with three mistakes: a typo in a key, a list where a text belongs and a reference
     * to a sector that does not exist.
     */
    private Path brokenExample() throws IOException {
        String text = Files.readString(example);
        String broken = replaceOnce(text, "    website: https://aef-om.de/", "    webiste: https://aef-om.de/");
        broken = replaceOnce(broken, "    name: NaGeB Nahrungs- und Genussmittelindustrie Bremen e. V.",
                "    name: [NaGeB, Nahrungs- und Genussmittelindustrie Bremen e. V.]");
        int nageb = broken.indexOf("  - id: nageb");
        int reference = broken.indexOf("    sectors: [agriculture-food]", nageb);
        broken = broken.substring(0, reference) + "    sectors: [agriculture-fod]"
                + broken.substring(reference + "    sectors: [agriculture-food]".length());
        return Files.writeString(work.resolve("broken.yaml"), broken);
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).as("the example still contains " + from).containsOnlyOnce(from);
        return text.replace(from, to);
    }

    private static int lineOf(Path file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).contains(marker)) {
                return index + 1;
            }
        }
        throw new AssertionError(marker + " not in " + file);
    }
}
