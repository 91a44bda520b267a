package io.github.clusterfolio.loader;

import io.github.clusterfolio.loader.internal.DocumentReading;
import io.github.clusterfolio.loader.internal.EventYamlFactory;
import io.github.clusterfolio.loader.internal.FileProblems;
import io.github.clusterfolio.loader.internal.GuardedInput;
import io.github.clusterfolio.loader.internal.ProblemCollector;
import io.github.clusterfolio.loader.internal.RegionReader;
import io.github.clusterfolio.loader.internal.WatchedFile;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads clusterfolio YAML (format versions 1 and 1.1) into a {@link Region}. Configured once, thread-safe after.
 *
 * <pre>{@code
 * RegionLoader loader = RegionLoader.builder().strict(true).build();
 * Region region = loader.load(Path.of("region.yaml"));   // throws LoadException listing every problem
 * }</pre>
 *
 * <p>Every problem of a file is found in one pass and reported with its line, column and path: unknown keys
 * (with the nearest known key), duplicate keys, missing required keys, values of the wrong kind, invalid
 * ids and web addresses, duplicate ids and references to sectors that do not exist. YAML features the
 * format does not use (anchors, aliases, tags, several documents) are errors, and nothing is converted
 * behind the user's back: {@code yes} or {@code 017} stay texts, and a text where a number belongs is an
 * error. A text missing in one of the region's languages is a warning, or an error when strict.
 *
 * <p>Input is bounded by {@link LoaderLimits}: the document's size, a line's length (so that parsing
 * stays linear in the size of the input), nesting depth and the number of problems collected.
 */
public final class RegionLoader {
    private static final EventYamlFactory DEFAULT_FACTORY = EventYamlFactory.forLimits(LoaderLimits.DEFAULTS);

    private final boolean strict;
    private final LoaderLimits limits;
    private final EventYamlFactory factory;

    private RegionLoader(Builder builder) {
        this.strict = builder.strict;
        this.limits = builder.limits;
        this.factory = limits.equals(LoaderLimits.DEFAULTS) ? DEFAULT_FACTORY : EventYamlFactory.forLimits(limits);
    }

    /** A loader with default settings: missing translations are warnings, default limits. */
    public static RegionLoader defaults() {
        return builder().build();
    }

    /** A builder for a configured loader. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether warnings count as errors. */
    public boolean strict() {
        return strict;
    }

    /** The limits applied to every document. */
    public LoaderLimits limits() {
        return limits;
    }

    /**
     * Loads a file.
     *
     * @throws LoadException when the file cannot be read or has errors (or warnings, when strict)
     */
    public Region load(Path file) {
        return orThrow(read(file));
    }

    /**
     * Loads from a stream (UTF-8, a byte-order mark is skipped); {@code name} names it in problems.
     *
     * @throws LoadException when the stream cannot be read or has errors (or warnings, when strict)
     */
    public Region load(InputStream in, String name) {
        return orThrow(read(in, name));
    }

    /**
     * Loads from a string; {@code name} names it in problems.
     *
     * @throws LoadException when the text has errors (or warnings, when strict)
     */
    public Region load(String yaml, String name) {
        return orThrow(read(yaml, name));
    }

    /**
     * Reads a file and returns the region (when there are no errors) with every problem; never throws for
     * bad input. A file that cannot be read is one problem at line 0, column 0 naming the reason. A file that
     * is shortened, grows or is rewritten while it is read is one problem, where reading stopped, and no
     * region (its size and modification time are compared before and after). Problems name the file as
     * {@code file.toString()}.
     */
    public LoadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, "cannot read the file: it is a directory");
        }
        return read(file, () -> {});
    }

    /** {@link #read(Path)}, running {@code afterFirstRead} once the first bytes are read (a seam for tests). */
    LoadResult read(Path file, Runnable afterFirstRead) {
        String name = file.toString();
        try (WatchedFile watched = WatchedFile.open(file, afterFirstRead)) {
            GuardedInput input = GuardedInput.ofBytes(watched.stream(), limits.maxDocumentChars(), limits.maxValueChars());
            LoadResult result = read(input, name);
            String change = watched.change();
            if (change != null) {
                // What was read is part of one version and part of another: no problem found in it is worth
                // showing, and no region may come of it. The spot is where reading stopped.
                return new LoadResult(Optional.empty(), List.of(
                        new Problem(Severity.ERROR, name, input.line(), input.nextColumn(), "", change)));
            }
            return result;
        } catch (IOException e) {
            return unreadable(name, FileProblems.cannotRead(e));
        }
    }

    /**
     * Reads from a stream of UTF-8 bytes (a byte-order mark is skipped); see {@link #read(Path)}. The
     * stream is read to its end or to the first fatal problem, and not closed.
     */
    public LoadResult read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        return read(GuardedInput.ofBytes(in, limits.maxDocumentChars(), limits.maxValueChars()), name);
    }

    /** Reads from a string (a leading byte-order mark is skipped); see {@link #read(Path)}. */
    public LoadResult read(String yaml, String name) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(name, "name");
        return read(GuardedInput.ofText(yaml, limits.maxDocumentChars(), limits.maxValueChars()), name);
    }

    private LoadResult read(GuardedInput input, String name) {
        ProblemCollector problems = new ProblemCollector(name, strict, limits.maxProblems());
        Region region = DocumentReading.read(
                factory, input, limits, problems, cursor -> new RegionReader(cursor, problems).read());
        return new LoadResult(problems.hasErrors() ? Optional.empty() : Optional.ofNullable(region), problems.sorted());
    }

    private static LoadResult unreadable(String name, String message) {
        return new LoadResult(Optional.empty(), List.of(new Problem(Severity.ERROR, name, 0, 0, "", message)));
    }

    private Region orThrow(LoadResult result) {
        if (result.region().isEmpty()) {
            throw new LoadException(result.problems());
        }
        return result.region().get();
    }

    /** Builds a {@link RegionLoader}. */
    public static final class Builder {
        private boolean strict;
        private LoaderLimits limits = LoaderLimits.DEFAULTS;

        private Builder() {}

        /** Whether a missing translation (a warning) is an error. Default: false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The limits for every document. Default: {@link LoaderLimits#DEFAULTS}. */
        public Builder limits(LoaderLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The loader. */
        public RegionLoader build() {
            return new RegionLoader(this);
        }
    }
}
