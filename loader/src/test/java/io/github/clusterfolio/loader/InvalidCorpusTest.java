package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Problem;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code invalid/} yields exactly the problems of its {@code .expected} file, line and
 * column included, and no exception. A new case is a new pair of files.
 */
class InvalidCorpusTest {
    static Stream<String> cases() {
        return Corpus.cases(Corpus.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void yieldsExactlyTheExpectedProblems(String name) {
        byte[] yaml = Corpus.yaml(Corpus.INVALID, name);
        LoadResult result = Corpus.loader(Corpus.INVALID, name).read(new ByteArrayInputStream(yaml), name + ".yaml");
        List<String> actual = result.problems().stream().map(Problem::toString).toList();

        Path expectedFile = Corpus.INVALID.resolve(name + ".expected");
        if (Corpus.UPDATE) {
            Corpus.write(expectedFile, actual);
        }
        assertThat(actual).as("problems of %s.yaml", name).containsExactlyElementsOf(Corpus.lines(expectedFile));
        assertThat(result.region().isPresent()).as("a region only without errors").isEqualTo(!result.hasErrors());
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(name + ".yaml");
            assertThat(problem.message()).doesNotContain("Exception", "tools.jackson", "snakeyaml");
        });
    }

    @Test
    void theCorpusIsLargeAndEveryCaseHasItsExpectedProblems() {
        List<String> names = cases().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        assertThat(names).allSatisfy(name -> assertThat(Files.exists(Corpus.INVALID.resolve(name + ".expected")))
                .as("%s.expected exists", name)
                .isTrue());
    }

    @Test
    void readingAsStringGivesTheSameProblemsAsReadingBytes() {
        cases().filter(name -> !name.contains("utf8")).forEach(name -> {
            byte[] yaml = Corpus.yaml(Corpus.INVALID, name);
            RegionLoader loader = Corpus.loader(Corpus.INVALID, name);
            List<Problem> fromBytes = loader.read(new ByteArrayInputStream(yaml), name).problems();
            List<Problem> fromText = loader.read(new String(yaml, java.nio.charset.StandardCharsets.UTF_8), name)
                    .problems();
            assertThat(fromText).as(name).isEqualTo(fromBytes);
        });
    }
}
