package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.render.csv.CsvDialect;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class CsvDialectOptionTest {
    private final CsvDialectOption.Converter converter = new CsvDialectOption.Converter();

    @Test
    void readsEveryDialectOfTheCsvModuleIgnoringCase() {
        for (CsvDialect dialect : CsvDialect.values()) {
            assertThat(converter.convert(dialect.formatName())).isEqualTo(dialect);
            assertThat(converter.convert(" " + dialect.formatName().toUpperCase(java.util.Locale.ROOT))).isEqualTo(dialect);
        }
        assertThat(new CsvDialectOption.Candidates()).containsExactlyElementsOf(CsvDialect.formatNames());
    }

    @Test
    void anUnknownDialectListsTheKnownOnes() {
        assertThatThrownBy(() -> converter.convert("semicolon"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'semicolon' is not a CSV dialect; use rfc4180, excel, tsv");
    }
}
