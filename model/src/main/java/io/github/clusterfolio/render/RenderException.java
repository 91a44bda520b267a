package io.github.clusterfolio.render;

import java.io.Serial;

/** A renderer could not produce its output for a reason other than failing I/O. */
public class RenderException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** With a message that says what failed. */
    public RenderException(String message) {
        super(message);
    }

    /** With a message that says what failed, and the library exception behind it. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
