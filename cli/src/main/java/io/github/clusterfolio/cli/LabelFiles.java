package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.LabelsLoadResult;
import io.github.clusterfolio.loader.LabelsLoader;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.ThemeFileRules;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code --labels FILE} (repeatable) into one catalogue, and says which of the languages being
 * rendered have no labels: the one place that knows how labels files are used.
 */
final class LabelFiles {
    private LabelFiles() {}

    /** What reading the labels files gave, file by file. */
    record Reading(LabelCatalog catalog, List<FileProblems> files) {}

    /** The problems of one labels file, whether it could be used, and the language it gives labels for. */
    record FileProblems(String name, List<Problem> problems, boolean usable, Optional<String> language) {}

    /**
     * Reads the files in order, each laid over the catalogue the earlier ones made, so that a later file
     * may change words of a language an earlier one added.
     *
     * @throws UsageException when a name is no readable file
     */
    static Reading read(List<String> names) {
        LabelCatalog catalog = LabelCatalog.bundled();
        List<FileProblems> files = new ArrayList<>();
        for (String name : names) {
            LabelsLoadResult result = LabelsLoader.defaults().read(existing(name), catalog);
            if (result.labels().isPresent()) {
                catalog = catalog.with(result.labels().get());
            }
            files.add(new FileProblems(name, result.problems(), result.labels().isPresent(),
                    result.labels().map(LabelSet::language)));
        }
        return new Reading(catalog, List.copyOf(files));
    }

    /**
     * Warnings located at the region file like the renderers' warnings: for each language in {@code languages}
     * that the catalogue has no labels of, and for each labels file whose language the region does not have
     * (a typing slip such as 'de-DE' for 'de' would otherwise change nothing, silently).
     */
    static List<Problem> languageWarnings(Reading labels, List<String> languages, List<String> regionLanguages,
            String regionFile) {
        List<Problem> warnings = missingLanguages(labels.catalog(), languages, regionFile);
        for (FileProblems file : labels.files()) {
            file.language().filter(language -> !regionLanguages.contains(language)).ifPresent(language ->
                    warnings.add(new Problem(Severity.WARNING, regionFile, 0, 0, "", "the labels file " + file.name()
                            + " is for '" + language + "', which is not one of the region's languages ("
                            + String.join(", ", regionLanguages) + "), so none of its labels is used")));
        }
        return warnings;
    }

    private static List<Problem> missingLanguages(LabelCatalog catalog, List<String> languages, String regionFile) {
        List<Problem> warnings = new ArrayList<>();
        for (String language : languages) {
            if (!catalog.has(language)) {
                warnings.add(new Problem(Severity.WARNING, regionFile, 0, 0, "", "the region's language '" + language
                        + "' has no labels, so its brochure, CSV headers and HTML use English words; to add them, run"
                        + " 'clusterfolio labels en > labels-" + language + ".yaml', translate the texts, set 'language: "
                        + language + "' and render with --labels labels-" + language + ".yaml"));
            }
        }
        return warnings;
    }

    private static Path existing(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException invalid) {
            throw new UsageException("--labels '" + name + "' is not a valid file name: " + invalid.getReason());
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("--labels " + name + " is a folder; name a labels file");
        }
        Optional<String> why = ThemeFileRules.notARegularFile(path);
        if (why.isPresent()) {
            // The same words as for a theme's files: "does not exist", "is a named pipe (FIFO)", "is a loop …".
            throw new UsageException(why.get().equals("does not exist") ? "no such labels file: " + name
                    : "--labels " + name + " " + why.get());
        }
        return path;
    }
}
