package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.LabelsLoadResult;
import io.github.clusterfolio.loader.LabelsLoader;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@code clusterfolio labels LANG} and {@code render --labels FILE}, run in-process: the printed catalogue
 * is valid input for {@code --labels}, a Swedish region renders with a warning that says how to add labels
 * (fatal with {@code --fail-on-warning}) and without one once a Swedish labels file is given.
 */
class LabelsOptionTest {
    static final List<String> BUNDLED = LabelCatalog.BUNDLED_LANGUAGES;

    private static final String SWEDISH_REGION = """
            format: clusterfolio/1
            region:
              id: skane
              name: Skåne
              languages: [sv]
            sectors:
              - id: food
                name: Livsmedel
                summary: Livsmedelsföretag och forskning.
                keyFigures:
                  - label: Anställda
                    value: 12000
            organisations:
              - id: foodhills
                name: Foodhills
                type: network
                sectors: [food]
            """;

    @TempDir
    Path folder;

    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = ClusterfolioCommand.run(new Environment(Map.of("SOURCE_DATE_EPOCH", "1764460800"), () -> false),
                new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void theLabelsCommandPrintsAFileThatReadsBackAsTheCatalogue(String language) throws IOException {
        Run printed = run("labels", language);
        assertThat(printed.exitCode()).as(printed.err()).isEqualTo(ExitCode.DONE);
        Path file = Files.writeString(folder.resolve("labels-" + language + ".yaml"), printed.out());
        LabelsLoadResult result = LabelsLoader.defaults().read(file, LabelCatalog.bundled());
        assertThat(result.problems()).isEmpty();
        assertThat(result.labels().orElseThrow().texts()).isEqualTo(LabelCatalog.bundled().completeTexts(language));
    }

    @Test
    void aLanguageWithoutBundledLabelsSaysWhereToStart() {
        Run run = run("labels", "sv");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no bundled labels for 'sv'", "clusterfolio labels en > labels-sv.yaml");
    }

    @Test
    void aSwedishRegionRendersWithAWarningAndWithoutOneOnceLabelsAreGiven() throws IOException {
        Path region = Files.writeString(folder.resolve("skane.yaml"), SWEDISH_REGION);

        Run plain = run("render", region.toString(), "--format", "pdf,csv,html", "--out", folder.resolve("out").toString(), "--quiet");
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCode.DONE);
        assertThat(plain.err().lines().filter(line -> line.contains("warning:")).toList()).containsExactly(
                region + ": warning: the region's language 'sv' has no labels, so its brochure, CSV headers and"
                        + " HTML use English words; to add them, run 'clusterfolio labels en > labels-sv.yaml',"
                        + " translate the texts, set 'language: sv' and render with --labels labels-sv.yaml");
        assertThat(folder.resolve("out/html/sv/overview.html")).content().contains("lang=\"en\">The sectors at a glance<");

        Run strict = run("render", region.toString(), "--format", "pdf,csv,html", "--out", folder.resolve("strict").toString(), "--quiet",
                "--fail-on-warning");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(strict.err()).contains("nothing written", "--fail-on-warning");
        assertThat(folder.resolve("strict/html")).doesNotExist();

        String english = run("labels", "en").out();
        Path swedish = Files.writeString(folder.resolve("labels-sv.yaml"), english
                .replace("language: \"en\"", "language: \"sv\"")
                .replace("overview.sectors: \"The sectors at a glance\"", "overview.sectors: \"Branscherna i korthet\""));
        Run labelled = run("render", region.toString(), "--format", "pdf,csv,html", "--out", folder.resolve("labelled").toString(), "--quiet",
                "--fail-on-warning", "--labels", swedish.toString());
        assertThat(labelled.exitCode()).as(labelled.err()).isEqualTo(ExitCode.DONE);
        assertThat(labelled.err()).doesNotContain("warning:");
        assertThat(folder.resolve("labelled/html/sv/overview.html")).content()
                .contains(">Branscherna i korthet<").doesNotContain("lang=\"en\"");
    }

    @Test
    void aLabelsFileForALanguageTheRegionDoesNotHaveIsNamedInAWarning() throws IOException {
        Path region = Files.writeString(folder.resolve("skane.yaml"), SWEDISH_REGION);
        Path swedish = Files.writeString(folder.resolve("sv.yaml"), run("labels", "en").out()
                .replace("language: \"en\"", "language: \"sv\""));
        Path german = Files.writeString(folder.resolve("de-DE.yaml"), """
                format: clusterfolio-labels/1
                language: de-DE
                labels:
                  organisations: Firmen
                """);
        Run run = run("render", region.toString(), "--format", "csv", "--out", folder.resolve("out").toString(),
                "--quiet", "--labels", swedish.toString(), "--labels", german.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE);
        assertThat(run.err()).contains("warning: the labels file " + german + " is for 'de-DE', which is not one of"
                + " the region's languages (sv), so none of its labels is used").doesNotContain("sv.yaml is for");
    }

    @Test
    void laterLabelsFilesChangeWordsOfEarlierOnesAndWrongFilesStopTheRender() throws IOException {
        Path region = Files.writeString(folder.resolve("skane.yaml"), SWEDISH_REGION);
        Path swedish = Files.writeString(folder.resolve("sv.yaml"), run("labels", "en").out()
                .replace("language: \"en\"", "language: \"sv\""));
        Path word = Files.writeString(folder.resolve("word.yaml"), """
                format: clusterfolio-labels/1
                language: sv
                labels:
                  organisations: Organisationer
                """);
        Run both = run("render", region.toString(), "--format", "html", "--out", folder.resolve("both").toString(),
                "--quiet", "--labels", swedish.toString(), "--labels", word.toString());
        assertThat(both.exitCode()).as(both.err()).isEqualTo(ExitCode.DONE);
        assertThat(folder.resolve("both/html/sv/sectors/food.html")).content().contains(">Organisationer<");

        Path wrong = Files.writeString(folder.resolve("wrong.yaml"), """
                format: clusterfolio-labels/1
                language: sv
                labels:
                  contens: Innehåll
                """);
        Run bad = run("render", region.toString(), "--format", "pdf,csv,html", "--out", folder.resolve("bad").toString(), "--quiet",
                "--labels", wrong.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).contains(wrong + ":4:3: error: unknown label 'contens' — did you mean 'contents'?",
                wrong + ":4:3: error: 73 labels are missing");
        assertThat(folder.resolve("bad/html")).doesNotExist();

        Run missing = run("render", region.toString(), "--labels", folder.resolve("nope.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no such labels file");

        // A file that is there but is no regular file is called what it is, as a theme's files are.
        Path loop = folder.resolve("loop.yaml");
        Files.createSymbolicLink(loop, loop);
        Run looped = run("render", region.toString(), "--labels", loop.toString());
        assertThat(looped.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(looped.err()).contains("--labels " + loop + " is a loop of symbolic links");
    }
}
