package io.github.clusterfolio.cli;

import io.github.clusterfolio.render.InvalidOptionException;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code --option FORMAT.KEY=VALUE} and its shorthand {@code --csv-dialect}: renderer options as the renderers
 * declare them, so that the command line knows no format of its own. Every mistake is a usage error.
 */
final class OptionArguments {
    /** The format and option that {@code --csv-dialect} stands for. */
    static final String CSV_FORMAT = "csv";

    static final String CSV_DIALECT = "dialect";

    private OptionArguments() {}

    /**
     * The settings with every {@code --option} applied in order (a later one for the same key wins).
     *
     * @throws UsageException for a malformed argument, an unknown format or key, or a value not allowed
     */
    static RendererSettings apply(RendererRegistry registry, RendererSettings settings, List<String> arguments) {
        RendererSettings applied = settings;
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            int dot = argument.indexOf('.');
            if (equals < 0 || dot < 0 || dot > equals || dot == 0 || dot == equals - 1) {
                throw new UsageException("--option '" + argument + "' is not FORMAT.KEY=VALUE, such as"
                        + " pdf.conformance=pdf-a-2b");
            }
            applied = apply(registry, applied, "--option", argument.substring(0, dot).strip(),
                    argument.substring(dot + 1, equals).strip(), argument.substring(equals + 1));
        }
        return applied;
    }

    /** The settings with {@code --csv-dialect}'s value (any case) as {@code csv.dialect}. */
    static RendererSettings applyCsvDialect(RendererRegistry registry, RendererSettings settings, String dialect) {
        return apply(registry, settings, "--csv-dialect", CSV_FORMAT, CSV_DIALECT,
                dialect.strip().toLowerCase(Locale.ROOT));
    }

    private static RendererSettings apply(RendererRegistry registry, RendererSettings settings, String option,
            String format, String key, String value) {
        try {
            return registry.withOption(settings, format, key, value);
        } catch (InvalidOptionException invalid) {
            throw new UsageException(option + ": " + invalid.getMessage());
        }
    }

    /** {@code --list-formats}: each format, its description, and the options it declares. */
    static void printFormats(RendererRegistry registry, PrintWriter out) {
        int width = registry.formats().stream().mapToInt(String::length).max().orElse(0);
        for (RendererProvider provider : registry.providers()) {
            out.println(provider.format() + " ".repeat(width - provider.format().length() + 2) + provider.description());
            for (RendererOption<?> option : provider.options()) {
                String key = provider.format() + "." + option.name()
                        + (option.type() == RendererOption.Type.TEXT_PER_LANGUAGE ? ".LANG" : "");
                String values = switch (option.type()) {
                    case CHOICE -> String.join("|", option.allowedValues());
                    case INTEGER -> option.minimum() + ".." + option.maximum();
                    case TEXT, TEXT_PER_LANGUAGE -> "TEXT";
                };
                String defaultValue = option.defaultValue().isEmpty() ? "" : " (default " + option.defaultValue() + ")";
                out.println("  --option " + key + "=" + values + defaultValue);
                out.println("      " + option.description());
            }
        }
        out.flush();
    }

    /** The CSV dialects the CSV renderer declares, for {@code --csv-dialect}'s help and shell completion. */
    static final class CsvDialects implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            try {
                return RendererRegistry.discover().option(CSV_FORMAT, CSV_DIALECT).allowedValues().iterator();
            } catch (RuntimeException noCsvRenderer) {
                return List.<String>of().iterator();
            }
        }
    }
}
