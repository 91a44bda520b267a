package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.text.LabelSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one labels file gave: its labels, when the file has no errors, and every problem found,
 * sorted by line and column.
 *
 * @param labels the labels; empty when any problem is an error
 * @param problems errors, sorted by position
 */
public record LabelsLoadResult(Optional<LabelSet> labels, List<Problem> problems) {
    /** Checks that nothing is null and copies the problems. */
    public LabelsLoadResult {
        Objects.requireNonNull(labels, "labels");
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
