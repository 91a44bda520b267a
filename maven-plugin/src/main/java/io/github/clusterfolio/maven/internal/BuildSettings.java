package io.github.clusterfolio.maven.internal;

import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.render.RendererSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one build renders: the project file's settings, with whatever the plugin configuration gives in their
 * place. A value the configuration gives always wins, as an option on the command line wins over the project file.
 *
 * @param projectFile the project file read, if there was one
 * @param data the region file
 * @param formats the formats; empty means every format found
 * @param languages the languages; empty means the region's
 * @param theme the theme file, if any
 * @param labels labels files (checked to exist here; read and laid over the bundled catalogue when the goal checks its inputs)
 * @param settings the renderer options
 * @param options the renderer options as written ({@code FORMAT.KEY} to value, the configuration's after the
 *     project file's), for the fingerprint of the inputs
 */
public record BuildSettings(
        Optional<Path> projectFile,
        Path data,
        List<String> formats,
        List<String> languages,
        Optional<Path> theme,
        List<Path> labels,
        RendererSettings settings,
        Map<String, String> options) {

    /** Copies the collections. */
    public BuildSettings {
        formats = List.copyOf(formats);
        languages = List.copyOf(languages);
        labels = List.copyOf(labels);
        options = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(options));
    }

    /** The settings of a project file, before the configuration overrides any. */
    public static BuildSettings of(Project project) {
        return new BuildSettings(Optional.of(project.file()), project.data(), project.formats(), project.languages(),
                project.theme(), project.labels(), project.settings(), Map.of());
    }
}
