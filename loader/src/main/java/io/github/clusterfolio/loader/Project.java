package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.RendererSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project file ({@code clusterfolio.yaml}, {@code format: clusterfolio-project/1}) as read and checked by the
 * {@link ProjectLoader}: what to render, from which files, into which folder, with which renderer options. Paths
 * are resolved against the project file's folder as it was named, so a project file named {@code clusterfolio.yaml}
 * gives {@code data/region.yaml}, not an absolute path.
 *
 * @param file the project file itself
 * @param data the region file (required)
 * @param out the output folder; {@code out} beside the project file unless given
 * @param formats the formats to render, in order; empty means every format found
 * @param languages the languages to render, in order; empty means every language of the region
 * @param theme the theme file, if one is given
 * @param labels labels files, in order (format {@code clusterfolio-labels/1}); checked to exist here, read by
 *     whoever owns the label catalogue (the {@code --labels} option)
 * @param settings the renderer options of the file's {@code options}, checked against the renderers' declarations
 * @param languageSites where each of {@code languages} is written in the file, so that a problem found only once the
 *     region is read (a language it does not have) can be reported there
 */
public record Project(
        Path file,
        Path data,
        Path out,
        List<String> formats,
        List<String> languages,
        Optional<Path> theme,
        List<Path> labels,
        RendererSettings settings,
        Map<String, Site> languageSites) {

    /** The project file's name in the working folder, which {@code render} and {@code validate} look for. */
    public static final String FILE_NAME = "clusterfolio.yaml";

    /** The output folder's name when the project file names none. */
    public static final String DEFAULT_OUT = "out";

    /** Checks that nothing is null and copies the lists. */
    public Project {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        formats = List.copyOf(formats);
        languages = List.copyOf(languages);
        Objects.requireNonNull(theme, "theme");
        labels = List.copyOf(labels);
        Objects.requireNonNull(settings, "settings");
        languageSites = Map.copyOf(languageSites);
    }

    /** A project without the places of its languages, as a program rather than a file gives it. */
    public Project(Path file, Path data, Path out, List<String> formats, List<String> languages, Optional<Path> theme,
            List<Path> labels, RendererSettings settings) {
        this(file, data, out, formats, languages, theme, labels, settings, Map.of());
    }

    /**
     * An error at {@code language} in the file's {@code languages}, or at the top of the file when its place is not
     * known.
     */
    public Problem languageProblem(String language, String message) {
        Site site = languageSites.getOrDefault(language, new Site(0, 0));
        return new Problem(Severity.ERROR, file.toString(), site.line(), site.column(),
                "languages[" + Math.max(0, languages.indexOf(language)) + "]", message);
    }

    /**
     * A place in the project file.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     */
    public record Site(int line, int column) {}
}
