package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: the region, when the file has no errors, and every problem found, sorted by
 * line and column.
 *
 * @param region the region; empty when any problem is an error
 * @param problems errors and warnings, sorted by position
 */
public record LoadResult(Optional<Region> region, List<Problem> problems) {
    /** Checks that nothing is null and copies the problems. */
    public LoadResult {
        Objects.requireNonNull(region, "region");
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
