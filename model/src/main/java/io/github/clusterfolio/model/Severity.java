package io.github.clusterfolio.model;

/** How serious a {@link Problem} is. */
public enum Severity {
    /** The input cannot be used. */
    ERROR,
    /** The input can be used, but something is probably not what the author meant. */
    WARNING;

    /** The lower-case word printed in a problem line: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
