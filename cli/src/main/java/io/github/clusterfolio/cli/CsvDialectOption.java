package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.csv.CsvDialect;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --csv-dialect}: the one place that knows the CSV renderer's dialect setting. The names come from
 * {@link CsvDialect} itself, so a dialect the CSV module adds is offered here without a change.
 */
final class CsvDialectOption {
    private CsvDialectOption() {}

    /** Reads the option's value, ignoring case. */
    static final class Converter implements ITypeConverter<CsvDialect> {
        @Override
        public CsvDialect convert(String value) {
            return CsvDialect.fromFormatName(value.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a CSV dialect; use "
                            + String.join(", ", CsvDialect.formatNames())));
        }
    }

    /** The names for the help text and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CsvDialect.formatNames().iterator();
        }
    }
}
