package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one project file gave: the project, when the file has no errors, and every problem found, sorted
 * by line and column.
 *
 * @param project the project; empty when any problem is an error
 * @param problems errors and warnings, sorted by position
 */
public record ProjectLoadResult(Optional<Project> project, List<Problem> problems) {
    /** Checks that nothing is null and copies the problems. */
    public ProjectLoadResult {
        Objects.requireNonNull(project, "project");
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
