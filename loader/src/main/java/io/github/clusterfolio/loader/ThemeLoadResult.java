package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.Theme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one theme file gave: the theme, when the file has no errors, and every problem found,
 * sorted by line and column.
 *
 * @param theme the theme; empty when any problem is an error
 * @param problems errors and warnings, sorted by position
 */
public record ThemeLoadResult(Optional<Theme> theme, List<Problem> problems) {
    /** Checks that nothing is null and copies the problems. */
    public ThemeLoadResult {
        Objects.requireNonNull(theme, "theme");
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The warnings only. */
    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The errors only. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
