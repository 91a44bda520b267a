package io.github.clusterfolio.cli;

import java.util.Map;
import java.util.Optional;

/**
 * What the commands read from the process around them: environment variables, and whether a person is
 * watching a terminal. Tests replace it.
 *
 * @param variables the environment variables
 * @param terminal whether progress may be shown (standard error is probably a terminal)
 */
record Environment(Map<String, String> variables, boolean terminal) {
    Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own environment. */
    static Environment system() {
        return new Environment(System.getenv(), Terminal.isInteractive());
    }

    /** The value of an environment variable. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }
}
