package io.github.clusterfolio.cli;

import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What the commands read from the process around them: environment variables, and whether a person is
 * watching a terminal. Tests replace it.
 *
 * @param variables the environment variables
 * @param terminalCheck whether progress may be shown (standard error is probably a terminal); asked only
 *     when needed, since finding out costs start-up time
 */
record Environment(Map<String, String> variables, BooleanSupplier terminalCheck) {
    Environment {
        variables = Map.copyOf(variables);
    }

    /** The process's own environment. */
    static Environment system() {
        return new Environment(System.getenv(), Terminal::isInteractive);
    }

    /** Whether progress may be shown: standard error is probably a terminal. */
    boolean terminal() {
        return terminalCheck.getAsBoolean();
    }

    /** The value of an environment variable. */
    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }
}
