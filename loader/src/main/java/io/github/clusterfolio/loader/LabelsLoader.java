package io.github.clusterfolio.loader;

import io.github.clusterfolio.loader.internal.DocumentReading;
import io.github.clusterfolio.loader.internal.EventYamlFactory;
import io.github.clusterfolio.loader.internal.FileProblems;
import io.github.clusterfolio.loader.internal.GuardedInput;
import io.github.clusterfolio.loader.internal.LabelsReader;
import io.github.clusterfolio.loader.internal.ProblemCollector;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a labels file (YAML, {@code format: clusterfolio-labels/1}) into a {@link LabelSet}, with the same
 * precise problems as the {@link RegionLoader}, and writes one. Thread-safe.
 *
 * <pre>{@code
 * format: clusterfolio-labels/1
 * language: sv                 # a language tag
 * labels:                      # key: text; 'clusterfolio labels en' prints every key
 *   contents: Innehåll
 *   page.of: Sida {page} av {pages}
 *   organisation-count.one: "{count} organisation"   # quoted: a text that starts with a brace must be
 * }</pre>
 *
 * <p>A file for a bundled language (or one already laid over the catalogue) may give only the words it
 * replaces; a file for any other language must give every label. Each text must contain exactly the
 * placeholders of its label, as in English. The result is laid over a catalogue with
 * {@link LabelCatalog#with(LabelSet)}:
 *
 * <pre>{@code
 * LabelCatalog labels = LabelCatalog.bundled().with(LabelsLoader.defaults().load(Path.of("labels-sv.yaml"), LabelCatalog.bundled()));
 * }</pre>
 */
public final class LabelsLoader {
    private static final EventYamlFactory DEFAULT_FACTORY = EventYamlFactory.forLimits(LoaderLimits.DEFAULTS);
    private static final LabelsLoader DEFAULTS = new LabelsLoader();

    private LabelsLoader() {}

    /** A loader with the default limits. */
    public static LabelsLoader defaults() {
        return DEFAULTS;
    }

    /**
     * Loads a labels file checked against {@code base}, the catalogue it will be laid over.
     *
     * @throws LoadException when the file cannot be read or has errors
     */
    public LabelSet load(Path file, LabelCatalog base) {
        LabelsLoadResult result = read(file, base);
        if (result.labels().isEmpty()) {
            throw new LoadException(result.problems());
        }
        return result.labels().get();
    }

    /**
     * Reads a labels file and returns its labels (when there are no errors) with every problem; never
     * throws for bad input. A file that cannot be read is one problem at line 0, column 0.
     */
    public LabelsLoadResult read(Path file, LabelCatalog base) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, "cannot read the file: it is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(GuardedInput.ofBytes(in, LoaderLimits.DEFAULTS.maxDocumentChars(),
                    LoaderLimits.DEFAULTS.maxValueChars()), name, base);
        } catch (IOException e) {
            return unreadable(name, FileProblems.cannotRead(e));
        }
    }

    /** Reads labels from a string; {@code name} names it in problems. See {@link #read(Path, LabelCatalog)}. */
    public LabelsLoadResult read(String yaml, String name, LabelCatalog base) {
        Objects.requireNonNull(yaml, "yaml");
        return read(GuardedInput.ofText(yaml, LoaderLimits.DEFAULTS.maxDocumentChars(),
                LoaderLimits.DEFAULTS.maxValueChars()), name, base);
    }

    private LabelsLoadResult read(GuardedInput input, String name, LabelCatalog base) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        LoaderLimits limits = LoaderLimits.DEFAULTS;
        ProblemCollector problems = new ProblemCollector(name, false, limits.maxProblems());
        LabelSet set = DocumentReading.read(DEFAULT_FACTORY, input, limits, problems,
                cursor -> new LabelsReader(cursor, problems, base).read());
        return new LabelsLoadResult(problems.hasErrors() ? Optional.empty() : Optional.ofNullable(set),
                problems.sorted());
    }

    /**
     * A labels file of {@code language} with {@code texts} (key → text, in the order given): valid input
     * for {@link #read(Path, LabelCatalog)}. Every text is written in double quotes, so that YAML reads it
     * as the same text whatever it holds.
     */
    public static String write(String language, Map<String, String> texts) {
        StringBuilder out = new StringBuilder(64 * texts.size() + 256);
        out.append("# Labels for clusterfolio: the words a brochure, CSV headers and HTML fragments print.\n")
                .append("# Translate the texts, keep the keys and each {placeholder}; use with 'render --labels FILE'.\n")
                .append("format: ").append(LabelsReader.FORMAT).append('\n')
                .append("language: ").append(quoted(language)).append('\n')
                .append("labels:\n");
        texts.forEach((key, text) -> out.append("  ").append(key).append(": ").append(quoted(text)).append('\n'));
        return out.toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static LabelsLoadResult unreadable(String name, String message) {
        return new LabelsLoadResult(Optional.empty(), List.of(new Problem(Severity.ERROR, name, 0, 0, "", message)));
    }
}
