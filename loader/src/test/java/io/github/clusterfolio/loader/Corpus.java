package io.github.clusterfolio.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The test corpus under {@code src/test/resources}: one case is {@code <dir>/<case>.yaml}, optionally
 * {@code <case>.properties} (loader settings: {@code strict}, {@code maxDocumentChars},
 * {@code maxValueChars}, {@code maxNestingDepth}, {@code maxProblems}) and, for invalid cases,
 * {@code <case>.expected}: the problem lines exactly as printed.
 */
final class Corpus {
    static final Path ROOT = Path.of("src", "test", "resources");
    static final Path INVALID = ROOT.resolve("invalid");
    static final Path VALID = ROOT.resolve("valid");

    /** Whether golden files are rewritten ({@code -Dgolden.update=true}). */
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Corpus() {}

    /** The names of the cases in {@code dir}, sorted. */
    static Stream<String> cases(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] yaml(Path dir, String name) {
        try {
            return Files.readAllBytes(dir.resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader configured by the case's properties, or the default one. */
    static RegionLoader loader(Path dir, String name) {
        Path settings = dir.resolve(name + ".properties");
        if (!Files.exists(settings)) {
            return RegionLoader.defaults();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoaderLimits defaults = LoaderLimits.DEFAULTS;
        LoaderLimits limits = new LoaderLimits(
                Long.parseLong(properties.getProperty("maxDocumentChars", "" + defaults.maxDocumentChars())),
                Integer.parseInt(properties.getProperty("maxValueChars", "" + defaults.maxValueChars())),
                Integer.parseInt(properties.getProperty("maxNestingDepth", "" + defaults.maxNestingDepth())),
                Integer.parseInt(properties.getProperty("maxProblems", "" + defaults.maxProblems())));
        return RegionLoader.builder()
                .strict(Boolean.parseBoolean(properties.getProperty("strict", "false")))
                .limits(limits)
                .build();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
