package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Labels files: a corpus of wrong ones under {@code labels-invalid/} with their expected problems (the
 * file's folder printed as {@code <dir>}), a partial file for a bundled language, a complete one for a
 * new language, and the round trip of every bundled catalogue through {@link LabelsLoader#write}.
 */
class LabelsLoaderTest {
    private static final Path INVALID = Corpus.ROOT.resolve("labels-invalid");
    static final List<String> BUNDLED = LabelCatalog.BUNDLED_LANGUAGES;

    @TempDir
    Path directory;

    static Stream<String> invalidCases() {
        return Corpus.cases(INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void wrongLabelsFilesYieldExactlyTheExpectedProblems(String name) throws IOException {
        Path file = directory.resolve(name + ".yaml");
        Files.write(file, Corpus.yaml(INVALID, name));

        LabelsLoadResult result = LabelsLoader.defaults().read(file, LabelCatalog.bundled());

        String base = directory.toAbsolutePath().toString();
        List<String> actual = result.problems().stream()
                .map(problem -> problem.toString().replace(base, "<dir>"))
                .toList();
        Path expectedFile = INVALID.resolve(name + ".expected");
        if (Corpus.UPDATE) {
            Corpus.write(expectedFile, actual);
        }
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(Corpus.lines(expectedFile));
        assertThat(result.labels()).isEmpty();
    }

    @Test
    void aFileForABundledLanguageMayReplaceSingleWords() {
        LabelsLoadResult result = LabelsLoader.defaults().read("""
                format: clusterfolio-labels/1
                language: de
                labels:
                  tags: Stichwörter
                  page.of: "Seite {page} / {pages}"
                """, "de.yaml", LabelCatalog.bundled());
        assertThat(result.problems()).isEmpty();
        LabelCatalog catalog = LabelCatalog.bundled().with(result.labels().orElseThrow());
        assertThat(catalog.forLanguage("de").text(Label.TAGS)).isEqualTo("Stichwörter");
        assertThat(catalog.forLanguage("de").text(Label.PAGE_OF, 3, 12)).isEqualTo("Seite 3 / 12");
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyBundledCatalogueWrittenAsAFileReadsBackTheSame(String language) {
        Map<String, String> texts = LabelCatalog.bundled().completeTexts(language);
        String yaml = LabelsLoader.write(language, texts);
        LabelsLoadResult result = LabelsLoader.defaults().read(yaml, language + ".yaml", LabelCatalog.bundled());
        assertThat(result.problems()).isEmpty();
        assertThat(result.labels().orElseThrow()).isEqualTo(new LabelSet(language, texts));
    }

    @Test
    void aNewLanguageWrittenFromEnglishReadsBackAndAwkwardTextsSurvive() {
        Map<String, String> texts = new LinkedHashMap<>(LabelCatalog.bundled().completeTexts("sv"));
        texts.put("contents", "Innehåll: \"citat\" # inte en kommentar \\ {x}".replace(" {x}", ""));
        texts.put("keywords", "- klustrar, [nätverk], &ankare, *alias, @, `, 'enkel'");
        String yaml = LabelsLoader.write("sv", texts);
        LabelsLoadResult result = LabelsLoader.defaults().read(yaml, "sv.yaml", LabelCatalog.bundled());
        assertThat(result.problems()).isEmpty();
        assertThat(result.labels().orElseThrow().texts()).isEqualTo(texts);
        assertThat(LabelCatalog.bundled().with(result.labels().get()).has("sv")).isTrue();
    }

    @Test
    void aMissingFileIsOneProblemAndLoadThrows() {
        Path missing = directory.resolve("missing.yaml");
        assertThat(LabelsLoader.defaults().read(missing, LabelCatalog.bundled()).problems()).extracting(Problem::toString)
                .containsExactly(missing + ":0:0: error: cannot read the file: it does not exist");
        assertThatThrownBy(() -> LabelsLoader.defaults().load(missing, LabelCatalog.bundled()))
                .isInstanceOf(LoadException.class);
    }
}
