package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Problem;
import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be loaded. Carries every problem found in it, not just the first; its message lists
 * them one per line as {@code file:line:column: error: message}.
 */
public class LoadException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** With the problems found; at least one should be an error. */
    public LoadException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())), null,
                false, false);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, sorted by position. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return String.valueOf(getMessage());
    }
}
