package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.RendererSettings;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of {@code --csv-dialect}, and the one place that turns them into the CSV renderer's typed
 * setting.
 */
enum CsvDialectOption {
    /** Comma-separated, CRLF line ends, as RFC 4180 specifies; the default. */
    RFC4180,
    /** For Excel: semicolon-separated with a UTF-8 byte-order mark, as German Excel opens it. */
    EXCEL,
    /** Tab-separated. */
    TSV;

    /** The name users type: {@code rfc4180}, {@code excel}, {@code tsv}. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code settings} with this dialect for the CSV renderer. */
    RendererSettings addTo(RendererSettings settings) {
        // The CSV module's CsvDialect is not in this build yet; until it is, asking for a dialect is refused
        // rather than silently ignored.
        throw new UsageException("--csv-dialect: the CSV renderer of this build does not offer dialects yet;"
                + " leave the option out");
    }

    /** Reads the option's value, ignoring case. */
    static final class Converter implements ITypeConverter<CsvDialectOption> {
        @Override
        public CsvDialectOption convert(String value) {
            for (CsvDialectOption dialect : values()) {
                if (dialect.optionName().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return dialect;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a CSV dialect; use rfc4180, excel or tsv");
        }
    }

    /** The names for the help text and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(CsvDialectOption::optionName).iterator();
        }
    }
}
