package io.github.clusterfolio.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code text} or {@code github} for {@code validate --format}. */
final class ProblemFormatConverter implements ITypeConverter<ProblemFormat> {
    @Override
    public ProblemFormat convert(String value) {
        for (ProblemFormat format : ProblemFormat.values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a problem format; use text or github");
    }

    /** The names for the help text and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ProblemFormat.values()).map(format -> format.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
