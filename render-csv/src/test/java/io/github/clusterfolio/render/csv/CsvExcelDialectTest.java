package io.github.clusterfolio.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What German Excel needs: a byte order mark first, and no text cell that it would run as a formula. */
class CsvExcelDialectTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Set<String> NUMERIC_COLUMNS =
            Set.of("organisation_count", "main_organisation_count", "position", "value", "year");

    static LongStream seeds() {
        return LongStream.range(1000, 1100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyFileStartsWithTheBomAndNoTextCellStartsAFormula(long seed) throws IOException {
        Region region = AwkwardRegions.generate(seed);
        InMemoryOutputSink sink = new InMemoryOutputSink();
        CsvExporter exporter = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
        assertThat(exporter.guardsFormulas()).isTrue();
        exporter.render(region, RenderOptions.at(Instant.EPOCH), sink);
        for (String file : exporter.fileNames()) {
            byte[] bytes = sink.bytes(file);
            assertThat(bytes).as(file).startsWith(UTF8_BOM);
            // Exactly one BOM: a second would show up as a stray character in the first header cell.
            assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).as(file).doesNotStartWith("\uFEFF");
            for (Map<String, String> row : ReadBack.read(bytes, CsvDialect.EXCEL).rows()) {
                row.forEach((column, cell) -> {
                    if (NUMERIC_COLUMNS.contains(column)) {
                        assertThat(cell).as("%s %s", file, column).matches("-?[0-9]*(,[0-9]+)?");
                    } else if (!cell.isEmpty()) {
                        assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as("%s %s: %s", file, column, cell).isNegative();
                    }
                });
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void recordsEndWithCrLfAndCellsAreSeparatedBySemicolons(long seed) throws IOException {
        Region region = AwkwardRegions.generate(seed);
        InMemoryOutputSink sink = new InMemoryOutputSink();
        CsvExporter.builder().dialect(CsvDialect.EXCEL).build().render(region, RenderOptions.at(Instant.EPOCH), sink);
        String organisations = sink.text("organisations.csv");
        assertThat(organisations).startsWith("\uFEFFid;name_de;name_en;").endsWith("\r\n");
        // Outside quoted cells, every line break is CRLF.
        boolean quoted = false;
        for (int i = 0; i < organisations.length(); i++) {
            char c = organisations.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\n') {
                assertThat(organisations.charAt(i - 1)).as("line break at %d", i).isEqualTo('\r');
            } else if (!quoted && c == '\r') {
                assertThat(organisations.charAt(i + 1)).as("line break at %d", i).isEqualTo('\n');
            }
        }
        assertThat(quoted).isFalse();
    }
}
