package io.github.clusterfolio.cli;

import java.io.Serial;

/**
 * The command was used wrongly (exit code {@value ExitCode#USAGE}); the message is the one line the user
 * sees, and says what to do instead.
 */
final class UsageException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
