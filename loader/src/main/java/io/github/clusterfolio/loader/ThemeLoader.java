package io.github.clusterfolio.loader;

import io.github.clusterfolio.loader.internal.DocumentReading;
import io.github.clusterfolio.loader.internal.EventYamlFactory;
import io.github.clusterfolio.loader.internal.FileProblems;
import io.github.clusterfolio.loader.internal.GuardedInput;
import io.github.clusterfolio.loader.internal.ProblemCollector;
import io.github.clusterfolio.loader.internal.ThemeReader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.ThemeFileRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a theme file (YAML, {@code format: clusterfolio-theme/1}) into a {@link Theme}, with the same
 * precise problems as the {@link RegionLoader}. Configured once, thread-safe after.
 *
 * <pre>{@code
 * Theme theme = ThemeLoader.defaults().load(Path.of("brand/theme.yaml"));   // throws LoadException
 * }</pre>
 *
 * <p>The format, every key optional (what is left out comes from {@link Theme#DEFAULT}):
 *
 * <pre>{@code
 * format: clusterfolio-theme/1
 * colours: {primary: "#1b3a5c", accent: "#0e8a7e", text: "#222222"}   # quoted: # starts a YAML comment
 * fonts:                        # TrueType or OpenType files, relative to the theme file
 *   regular: fonts/Body.ttf     # the styles not given fall back to regular
 *   bold: fonts/Body-Bold.ttf
 *   italic: fonts/Body-Italic.ttf
 *   boldItalic: fonts/Body-BoldItalic.ttf
 * logo: logo.png                # PNG or JPEG, relative to the theme file; or, with what it shows:
 *                               # logo: {file: logo.png, alt: {de: Logo der Region, en: The region's logo}}
 * page:
 *   size: A4                    # A4, A5 or Letter
 *   margins: {top: 22, right: 20, bottom: 22, left: 20}   # millimetres, 5 to 60
 *   bleed: 3                    # millimetres, 0 to 10; with bleed the PDF gets crop marks
 * }</pre>
 *
 * <p>Files must exist, be regular files and be what they claim (checked by their first bytes), within the
 * limits of {@link io.github.clusterfolio.render.ThemeFileRules} (size; for the logo, pixels read from its
 * header without decoding it); their paths in the theme are absolute and normalised.
 */
public final class ThemeLoader {
    private static final EventYamlFactory DEFAULT_FACTORY = EventYamlFactory.forLimits(LoaderLimits.DEFAULTS);

    private final LoaderLimits limits;
    private final EventYamlFactory factory;

    private ThemeLoader(Builder builder) {
        this.limits = builder.limits;
        this.factory = limits.equals(LoaderLimits.DEFAULTS) ? DEFAULT_FACTORY : EventYamlFactory.forLimits(limits);
    }

    /** A loader with the default limits. */
    public static ThemeLoader defaults() {
        return builder().build();
    }

    /** A builder for a configured loader. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limits applied to every document. */
    public LoaderLimits limits() {
        return limits;
    }

    /**
     * Loads a theme file; its files are resolved against the file's directory.
     *
     * @throws LoadException when the file cannot be read or has errors
     */
    public Theme load(Path file) {
        return orThrow(read(file));
    }

    /**
     * Loads a theme from a stream of UTF-8 bytes; {@code name} names it in problems and its files are
     * resolved against {@code baseDirectory}.
     *
     * @throws LoadException when the stream cannot be read or has errors
     */
    public Theme load(InputStream in, String name, Path baseDirectory) {
        return orThrow(read(in, name, baseDirectory));
    }

    /**
     * Loads a theme from a string; see {@link #load(InputStream, String, Path)}.
     *
     * @throws LoadException when the text has errors
     */
    public Theme load(String yaml, String name, Path baseDirectory) {
        return orThrow(read(yaml, name, baseDirectory));
    }

    /**
     * Reads a theme file and returns the theme (when there are no errors) with every problem; never throws
     * for bad input. A file that cannot be read is one problem at line 0, column 0.
     */
    public ThemeLoadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return unreadable(name, "cannot read the file: it is a directory");
        }
        // A theme is a regular file: its fonts and logo are found relative to its folder, a FIFO would block
        // and a device never ends. Name the real cause (a loop of links, a pipe …) rather than "missing".
        Optional<String> notRegular = ThemeFileRules.notARegularFile(file);
        if (notRegular.isPresent()) {
            return unreadable(name, "cannot read the file: it " + notRegular.get());
        }
        // A regular file always has a parent folder once its path is absolute.
        Path baseDirectory = java.util.Objects.requireNonNull(file.toAbsolutePath().getParent(), "parent");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, baseDirectory);
        } catch (IOException e) {
            return unreadable(name, FileProblems.cannotRead(e));
        }
    }

    /** Reads a theme from a stream of UTF-8 bytes, not closing it; see {@link #read(Path)}. */
    public ThemeLoadResult read(InputStream in, String name, Path baseDirectory) {
        Objects.requireNonNull(in, "in");
        return read(GuardedInput.ofBytes(in, limits.maxDocumentChars(), limits.maxValueChars()), name, baseDirectory);
    }

    /** Reads a theme from a string; see {@link #read(Path)}. */
    public ThemeLoadResult read(String yaml, String name, Path baseDirectory) {
        Objects.requireNonNull(yaml, "yaml");
        return read(GuardedInput.ofText(yaml, limits.maxDocumentChars(), limits.maxValueChars()), name, baseDirectory);
    }

    private ThemeLoadResult read(GuardedInput input, String name, Path baseDirectory) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        ProblemCollector problems = new ProblemCollector(name, false, limits.maxProblems());
        Theme theme = DocumentReading.read(factory, input, limits, problems,
                cursor -> new ThemeReader(cursor, problems, baseDirectory).read());
        return new ThemeLoadResult(problems.hasErrors() ? Optional.empty() : Optional.ofNullable(theme),
                problems.sorted());
    }

    private static ThemeLoadResult unreadable(String name, String message) {
        return new ThemeLoadResult(Optional.empty(), List.of(new Problem(Severity.ERROR, name, 0, 0, "", message)));
    }

    private static Theme orThrow(ThemeLoadResult result) {
        if (result.theme().isEmpty()) {
            throw new LoadException(result.problems());
        }
        return result.theme().get();
    }

    /** Builds a {@link ThemeLoader}. */
    public static final class Builder {
        private LoaderLimits limits = LoaderLimits.DEFAULTS;

        private Builder() {}

        /** The limits for every document. Default: {@link LoaderLimits#DEFAULTS}. */
        public Builder limits(LoaderLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The loader. */
        public ThemeLoader build() {
            return new ThemeLoader(this);
        }
    }
}
