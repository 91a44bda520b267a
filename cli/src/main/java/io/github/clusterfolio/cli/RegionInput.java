package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A YAML file the user named, standard input ({@code -}), or the bundled example dataset; checked to
 * exist before anything is read.
 */
sealed interface RegionInput {
    /** The bundled dataset that {@code render} uses without a FILE. */
    String BUNDLED_DATASET = "metropolregion-nordwest.yaml";

    /** The name problems are reported under: the path as the user typed it. */
    String name();

    /** Reads and validates the region; problems with the data come back in the result, never as exceptions. */
    LoadResult read(RegionLoader loader);

    /**
     * The input the user named: {@code -} for standard input, otherwise a file that must exist.
     *
     * @throws UsageException when the file does not exist or is a folder
     */
    static RegionInput of(String argument) {
        if (argument.equals("-")) {
            return new StandardInput();
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException invalid) {
            throw new UsageException("'" + argument + "' is not a valid file name: " + invalid.getReason());
        }
        if (Files.isDirectory(path)) {
            throw new UsageException(argument + " is a folder; name a YAML file such as " + argument + "/region.yaml");
        }
        if (!Files.exists(path)) {
            throw new UsageException("no such file: " + argument);
        }
        if (!Files.isReadable(path)) {
            throw new UsageException("cannot read " + argument + ": permission denied");
        }
        return new File(path, argument);
    }

    /** The bundled Metropolregion Nordwest dataset. */
    static RegionInput bundled() {
        return new Bundled(BUNDLED_DATASET);
    }

    /** A file on disk. */
    record File(Path path, String name) implements RegionInput {
        @Override
        public LoadResult read(RegionLoader loader) {
            return loader.read(path);
        }
    }

    /** Standard input, read as UTF-8. */
    record StandardInput() implements RegionInput {
        @Override
        public String name() {
            return "<stdin>";
        }

        @Override
        public LoadResult read(RegionLoader loader) {
            return loader.read(System.in, name());
        }
    }

    /** A dataset bundled in the jar under {@code io/github/clusterfolio/cli/examples/}. */
    record Bundled(String fileName) implements RegionInput {
        @Override
        public String name() {
            return "<bundled>/" + fileName;
        }

        @Override
        public LoadResult read(RegionLoader loader) {
            try (InputStream in = RegionInput.class.getResourceAsStream("examples/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled dataset " + fileName + " is missing from the jar");
                }
                return loader.read(in, name());
            } catch (IOException closing) {
                throw new UncheckedIOException(closing);
            }
        }
    }
}
