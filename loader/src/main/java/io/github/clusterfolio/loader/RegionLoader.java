package io.github.clusterfolio.loader;

import io.github.clusterfolio.model.Region;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads clusterfolio YAML (format version 1) into a {@link Region}. Configured once, thread-safe after.
 *
 * <pre>{@code
 * RegionLoader loader = RegionLoader.builder().strict(true).build();
 * Region region = loader.load(Path.of("region.yaml"));   // throws LoadException listing every problem
 * }</pre>
 */
public final class RegionLoader {
    private final boolean strict;
    private final LoaderLimits limits;

    private RegionLoader(Builder builder) {
        this.strict = builder.strict;
        this.limits = builder.limits;
    }

    /** A loader with default settings: missing translations are warnings, default limits. */
    public static RegionLoader defaults() {
        return builder().build();
    }

    /** A builder for a configured loader. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether warnings count as errors. */
    public boolean strict() {
        return strict;
    }

    /** The limits applied to every document. */
    public LoaderLimits limits() {
        return limits;
    }

    /**
     * Loads a file.
     *
     * @throws LoadException when the file cannot be read or has errors (or warnings, when strict)
     */
    public Region load(Path file) {
        return orThrow(read(file));
    }

    /** Loads from a stream (UTF-8, a byte-order mark is skipped); {@code name} names it in problems. */
    public Region load(InputStream in, String name) {
        return orThrow(read(in, name));
    }

    /** Loads from a string; {@code name} names it in problems. */
    public Region load(String yaml, String name) {
        return orThrow(read(yaml, name));
    }

    /** Reads a file and returns the region (when there are no errors) with every problem; never throws for bad input. */
    public LoadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        throw new UnsupportedOperationException("loader not written yet");
    }

    /** Reads from a stream; see {@link #read(Path)}. */
    public LoadResult read(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        throw new UnsupportedOperationException("loader not written yet");
    }

    /** Reads from a string; see {@link #read(Path)}. */
    public LoadResult read(String yaml, String name) {
        Objects.requireNonNull(yaml, "yaml");
        throw new UnsupportedOperationException("loader not written yet");
    }

    private Region orThrow(LoadResult result) {
        if (result.region().isEmpty()) {
            throw new LoadException(result.problems());
        }
        return result.region().get();
    }

    /** Builds a {@link RegionLoader}. */
    public static final class Builder {
        private boolean strict;
        private LoaderLimits limits = LoaderLimits.DEFAULTS;

        private Builder() {}

        /** Whether a missing translation (a warning) is an error. Default: false. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** The limits for every document. Default: {@link LoaderLimits#DEFAULTS}. */
        public Builder limits(LoaderLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The loader. */
        public RegionLoader build() {
            return new RegionLoader(this);
        }
    }
}
