package io.github.clusterfolio.cli;

import java.io.Serial;

/** One renderer failed; names its format and keeps what it threw as the cause. */
final class RenderFailure extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String format;

    RenderFailure(String format, Throwable cause) {
        super("rendering " + format + " failed: " + Failures.describe(cause), cause);
        this.format = format;
    }

    /** The format whose renderer failed. */
    String format() {
        return format;
    }
}
