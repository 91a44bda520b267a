package io.github.clusterfolio.render;

import java.util.Objects;

/**
 * A renderer option that cannot be applied: an unknown format, an unknown option name, a malformed language tag
 * or a value the option does not allow. The message says what is allowed, with a "did you mean" where a name is
 * close; {@link #part()} says which part of {@code FORMAT.KEY=VALUE} is wrong, so that a caller can point at it
 * (a column in a project file, a key in a Maven configuration).
 */
public final class InvalidOptionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Which part of an option setting is wrong. */
    public enum Part {
        /** The format name: no renderer of that name was found. */
        FORMAT,
        /** The option name: the format's renderer declares no such option. */
        KEY,
        /** The language tag of an option with a text per language. */
        LANGUAGE,
        /** The value. */
        VALUE
    }

    private final Part part;

    /** A problem with {@code part}, described by {@code message}. */
    public InvalidOptionException(Part part, String message) {
        super(message);
        this.part = Objects.requireNonNull(part, "part");
    }

    /** What is wrong and what is allowed; never {@code null}. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "message");
    }

    /** Which part is wrong. */
    public Part part() {
        return part;
    }
}
