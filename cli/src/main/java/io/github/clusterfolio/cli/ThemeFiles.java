package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.ThemeLoadResult;
import io.github.clusterfolio.loader.ThemeLoader;
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
}
