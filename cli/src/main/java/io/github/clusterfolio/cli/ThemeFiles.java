package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.ThemeLoadResult;
import io.github.clusterfolio.loader.ThemeLoader;
import io.github.clusterfolio.render.ThemeFileRules;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads {@code --theme FILE}; the one place that knows how theme files are read. */
final class ThemeFiles {
    private ThemeFiles() {}

    /**
     * Reads a theme file; paths in it (fonts, logo) are relative to the file.
     *
     * @param file a theme file that exists, named as the user typed it
     * @return the theme when the file has no errors, and every problem found
     */
    static ThemeLoadResult read(Path file) {
        return ThemeLoader.defaults().read(file);
    }

    /**
     * Why {@code --theme NAME} cannot be read, for a path that is not a regular file: missing, a folder, a
     * named pipe, a device, a symbolic link to nothing or a loop of them.
     */
    static String notARegularFile(Path path, String name) {
        if (Files.isDirectory(path)) {
            return "--theme " + name + " is a folder; name a theme file";
        }
        String reason = ThemeFileRules.notARegularFile(path).orElse("is not a regular file");
        if (reason.equals("does not exist")) {
            return "no such theme file: " + name;
        }
        return "--theme " + name + " " + reason + "; name a theme file";
    }

    /**
     * The theme file that {@code --theme} (or a project file) names.
     *
     * @throws UsageException when it is not a regular file
     */
    static Path existing(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException invalid) {
            throw new UsageException("--theme '" + name + "' is not a valid file name: " + invalid.getReason());
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException(notARegularFile(path, name));
        }
        return path;
    }
}
