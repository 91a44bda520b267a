package io.github.clusterfolio.loader;

/**
 * Bounds that keep hostile or broken input from exhausting time or memory. The defaults admit a
 * directory of 100,000 organisations.
 *
 * @param maxDocumentChars the largest document, in characters
 * @param maxValueChars the longest single value (a text, a name), in characters
 * @param maxNestingDepth the deepest nesting of maps and lists
 * @param maxProblems how many problems are collected before reading stops
 */
public record LoaderLimits(long maxDocumentChars, int maxValueChars, int maxNestingDepth, int maxProblems) {
    /** The default limits: 256 Mi characters, 100,000-character values, depth 32, 200 problems. */
    public static final LoaderLimits DEFAULTS = new LoaderLimits(256L * 1024 * 1024, 100_000, 32, 200);

    /** Checks that every limit is positive. */
    public LoaderLimits {
        if (maxDocumentChars <= 0 || maxValueChars <= 0 || maxNestingDepth <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }
}
