package io.github.clusterfolio.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled Nordwest dataset exported in every dialect must equal the golden files byte for byte: byte
 * order mark, delimiters, line endings and quoting included. {@code -Dgolden.update=true} rewrites them;
 * review the diff before committing.
 */
class CsvGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static Region nordwest;

    @BeforeAll
    static void loadDataset() {
        nordwest = NordwestFixture.region();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("rfc4180", CsvExporter.builder().dialect(CsvDialect.RFC4180).build(), List.of()),
                Arguments.of("excel", CsvExporter.builder().dialect(CsvDialect.EXCEL).build(), List.of()),
                Arguments.of("tsv", CsvExporter.builder().dialect(CsvDialect.TSV).build(), List.of()),
                // Localized German headers, German only, missing translations filled: what a colleague reads.
                Arguments.of("excel-localized-de", CsvExporter.builder()
                        .dialect(CsvDialect.EXCEL)
                        .headers(CsvHeaders.LOCALIZED)
                        .missingTranslations(CsvMissingTranslations.DEFAULT_LANGUAGE)
                        .build(), List.of("de")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bundledDatasetMatchesTheGoldenFiles(String name, CsvExporter exporter, List<String> languages)
            throws IOException {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        exporter.render(nordwest, RenderOptions.at(Instant.EPOCH).withLanguages(languages), sink);
        assertThat(sink.paths()).containsExactlyInAnyOrderElementsOf(exporter.fileNames());
        for (String file : exporter.fileNames()) {
            Path golden = GOLDEN.resolve(name).resolve(file);
            byte[] actual = sink.bytes(file);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.write(golden, actual);
            }
            assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", golden).exists();
            byte[] expected = Files.readAllBytes(golden);
            // Compare as text first for a readable diff, then byte for byte.
            assertThat(new String(actual, StandardCharsets.UTF_8))
                    .as("%s differs from %s", file, golden)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as("%s differs from %s", file, golden).isEqualTo(expected);
        }
    }
}
