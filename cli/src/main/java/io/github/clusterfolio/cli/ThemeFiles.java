package io.github.clusterfolio.cli;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads {@code --theme FILE}; the one place that knows how theme files are read. */
final class ThemeFiles {
    private ThemeFiles() {}

    /**
     * Reads a theme file.
     *
     * @param file a theme file that exists
     * @param name the file as the user typed it, for problems
     * @return the theme when the file has no errors, and every problem found
     */
    static Reading read(Path file, String name) {
        // The loader module's ThemeLoader is not in this build yet; until it is, a theme file is refused
        // with a clear problem rather than ignored.
        return new Reading(Optional.empty(), List.of(new Problem(Severity.ERROR, name, 0, 0, "",
                "theme files cannot be read by this build of clusterfolio yet; leave out --theme to use the default theme")));
    }

    /**
     * What reading a theme file gave.
     *
     * @param theme the theme, when the file has no errors
     * @param problems every problem found, sorted by position
     */
    record Reading(Optional<Theme> theme, List<Problem> problems) {
        Reading {
            problems = List.copyOf(problems);
        }
    }
}
