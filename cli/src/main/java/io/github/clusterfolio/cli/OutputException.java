package io.github.clusterfolio.cli;

import java.io.IOException;
import java.io.Serial;

/**
 * Writing the output failed (exit code {@value ExitCode#FAILED}); the message names the file and the
 * reason, the cause keeps the file system's exception.
 */
final class OutputException extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
