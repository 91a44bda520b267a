package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.loader.ProjectLoadResult;
import io.github.clusterfolio.loader.ProjectLoader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.csv.CsvDialect;
import io.github.clusterfolio.render.csv.CsvFormulaGuard;
import io.github.clusterfolio.render.csv.CsvRendererProvider;
import io.github.clusterfolio.render.html.HtmlRendererProvider;
import io.github.clusterfolio.render.pdf.PdfConformance;
import io.github.clusterfolio.render.pdf.PdfRendererProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project-file corpus: every file under {@code project/invalid/} yields exactly the problems of its
 * {@code .expected} file (paths relative to the module), every file under {@code project/valid/} none. Options
 * are checked against the real renderers' declarations, which is why the corpus lives here and not in the loader
 * (the renderers' tests depend on the loader). {@code -Dgolden.update=true} rewrites the expected files.
 */
class ProjectCorpusTest {
    static final Path ROOT = Path.of("src", "test", "resources", "project");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    static final Path INVALID = ROOT.resolve("invalid");
    static final Path VALID = ROOT.resolve("valid");

    private static final RendererRegistry RENDERERS = RendererRegistry.of(
            new PdfRendererProvider(), new CsvRendererProvider(), new HtmlRendererProvider());
    private static final ProjectLoader LOADER = ProjectLoader.of(RENDERERS);

    static Stream<String> invalidCases() {
        return cases(INVALID);
    }

    static Stream<String> validCases() {
        return cases(VALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void yieldsExactlyTheExpectedProblems(String name) {
        Path file = INVALID.resolve(name + ".yaml");
        ProjectLoadResult result = LOADER.read(file);
        List<String> actual = result.problems().stream()
                .map(problem -> problem.toString().substring(INVALID.toString().length() + 1))
                .toList();

        Path expectedFile = INVALID.resolve(name + ".expected");
        try {
            if (UPDATE) {
                Files.write(expectedFile, actual);
            }
            assertThat(actual).as("problems of %s.yaml", name).containsExactlyElementsOf(Files.readAllLines(expectedFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.project()).isEmpty();
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.message()).doesNotContain("Exception", "tools.jackson", "snakeyaml");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validFilesHaveNoProblems(String name) {
        ProjectLoadResult result = LOADER.read(VALID.resolve(name + ".yaml"));

        assertThat(result.problems()).extracting(Problem::toString).isEmpty();
        assertThat(result.project()).isPresent();
    }

    static Stream<String> cases(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusCoversEveryKindOfMistakeAndEveryCaseHasItsExpectedProblems() {
        assertThat(invalidCases().toList()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(name ->
                assertThat(INVALID.resolve(name + ".expected")).as("%s.expected", name).isRegularFile());
    }

    @Test
    void theIssuesExampleGivesEveryValueTyped() {
        Project project = LOADER.load(VALID.resolve("the-issue-example.yaml"));

        assertThat(project.data()).isEqualTo(ROOT.resolve("data/region.yaml"));
        assertThat(project.out()).isEqualTo(VALID.resolve("build/site"));
        assertThat(project.formats()).containsExactly("pdf", "csv");
        assertThat(project.languages()).containsExactly("de");
        assertThat(project.theme()).contains(ROOT.resolve("theme.yaml"));
        assertThat(project.labels()).containsExactly(ROOT.resolve("labels/sv.yaml"));
        assertThat(project.settings().option(PdfRendererProvider.CONFORMANCE)).isEqualTo(PdfConformance.PDF_A_2B);
        assertThat(project.settings().option(PdfRendererProvider.SUBTITLE)).isEqualTo(Map.of(
                "de", "Netzwerke im Nordwesten", "en", "Networks of the Northwest"));
        assertThat(project.settings().option(CsvRendererProvider.DIALECT)).isEqualTo(CsvDialect.EXCEL);
        assertThat(project.settings().option(CsvRendererProvider.FORMULA_GUARD)).contains(CsvFormulaGuard.OFF);
        assertThat(project.settings().option(HtmlRendererProvider.CLASS_PREFIX)).isEqualTo("nw-");
        assertThat(project.settings().option(HtmlRendererProvider.HEADING_LEVEL)).isEqualTo(3);
    }

    @Test
    void whatIsNotGivenTakesItsDefault() {
        Project project = LOADER.load(VALID.resolve("minimal.yaml"));

        assertThat(project.out()).isEqualTo(VALID.resolve("out"));
        assertThat(project.formats()).isEmpty();
        assertThat(project.languages()).isEmpty();
        assertThat(project.theme()).isEmpty();
        assertThat(project.labels()).isEmpty();
        assertThat(project.settings().optionIfGiven(PdfRendererProvider.CONFORMANCE)).isEmpty();
    }

    @Test
    void aFileNamedWithoutFolderResolvesAgainstTheWorkingFolder() {
        ProjectLoadResult result = LOADER.read("format: clusterfolio-project/1\ndata: pom.xml\n",
                Path.of(Project.FILE_NAME));

        assertThat(result.project().map(Project::data)).contains(Path.of("pom.xml"));
        assertThat(result.project().map(Project::out)).contains(Path.of("out"));
    }

    @Test
    void aMissingProjectFileIsOneProblem() {
        ProjectLoadResult result = LOADER.read(ROOT.resolve("nowhere.yaml"));

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(ROOT.resolve("nowhere.yaml")
                + ":0:0: error: cannot read the file: it does not exist");
        assertThat(Files.exists(ROOT.resolve("nowhere.yaml"))).isFalse();
        assertThat(result.project()).isEqualTo(Optional.empty());
    }
}
