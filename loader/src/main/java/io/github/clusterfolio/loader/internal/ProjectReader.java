package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.loader.Project;
import io.github.clusterfolio.model.internal.Checks;
import io.github.clusterfolio.render.InvalidOptionException;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.ThemeFileRules;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads a project file ({@code format: clusterfolio-project/1}): the region file, the output folder, formats,
 * languages, theme, labels files and renderer options. Paths are resolved against the project file's folder; files
 * must exist. Options are checked against the renderers' declarations, each problem at the part that is wrong.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class ProjectReader extends FormatReader {
    /** The value of the {@code format} key this reader reads. */
    public static final String FORMAT = "clusterfolio-project/1";

    private final Path file;
    private final Path baseDirectory;
    private final RendererRegistry registry;
    private final Fields<Void> rootFields;

    private @Nullable Path data;
    private Path out;
    private final List<String> formats = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final Map<String, Project.Site> languageSites = new HashMap<>();
    private @Nullable Path theme;
    private final List<Path> labels = new ArrayList<>();
    private RendererSettings settings = RendererSettings.empty();

    /** A reader of the project file {@code file} under {@code cursor}, checking options against {@code registry}. */
    public ProjectReader(YamlCursor cursor, ProblemCollector problems, Path file, RendererRegistry registry) {
        super(cursor, problems);
        this.file = file;
        this.baseDirectory = file.getParent() == null ? Path.of("") : file.getParent();
        this.registry = registry;
        this.out = baseDirectory.resolve(Project.DEFAULT_OUT);
        rootFields = Fields.<Void>keys()
                .required("format", none -> readFormat())
                .required("data", none -> data = readExistingFile("the region file"))
                .optional("out", none -> readOut())
                .optional("formats", none -> readNames("formats", this::knownFormat, (name, site) -> formats.add(name)))
                .optional("languages", none -> readNames("languages", this::languageTag, (name, site) -> {
                    languages.add(name);
                    languageSites.put(name, site);
                }))
                .optional("theme", none -> theme = readExistingFile("a theme file"))
                .optional("labels", none -> {
                    if (expectList("a list of labels files, such as [labels/sv.yaml]")) {
                        readItems(index -> {
                            Path labelsFile = readExistingFile("a labels file");
                            if (labelsFile != null) {
                                labels.add(labelsFile);
                            }
                        });
                    }
                })
                .optional("options", none -> {
                    if (expectMapping("renderer options by format, such as {pdf: {conformance: pdf-a-2b}}")) {
                        readOptions();
                    }
                })
                .hint("data", " (the region file, relative to this file, such as 'data: data/region.yaml')");
    }

    /** Reads the document; the project, or {@code null} when an error was found. */
    public @Nullable Project read() {
        JsonToken first = cursor.next();
        if (!DocumentReading.startsDocument(cursor, "'format: " + FORMAT + "'")) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            cursor.report("a project file is a mapping of keys (format, data, out, formats, languages, theme, labels,"
                    + " options), but this document is " + cursor.describe());
            cursor.skipValue();
            DocumentReading.checkSingleDocument(cursor);
            return null;
        }
        readFields(rootFields, null);
        DocumentReading.checkSingleDocument(cursor);
        if (problems.hasErrors() || data == null) {
            return null;
        }
        return new Project(file, data, out, formats, languages, Optional.ofNullable(theme), labels, settings,
                languageSites);
    }

    private void readFormat() {
        String format = readPlainText("'" + FORMAT + "'");
        if (format != null && !format.equals(FORMAT)) {
            cursor.error(Values.excerpt(format) + " is not a project format this program reads; write 'format: "
                    + FORMAT + "'");
        }
    }

    private @Nullable Path resolve(String name) {
        try {
            return baseDirectory.resolve(name).normalize();
        } catch (InvalidPathException e) {
            cursor.error(Values.excerpt(name) + " is not a valid path: " + e.getReason());
            return null;
        }
    }

    /** An existing regular file, resolved against the project file's folder, or {@code null} after a problem. */
    private @Nullable Path readExistingFile(String expected) {
        String name = readPlainText(expected + ", as a path relative to the project file");
        Path path = name == null ? null : resolve(name);
        if (path == null) {
            return null;
        }
        Optional<String> notRegular = ThemeFileRules.notARegularFile(path);
        if (notRegular.isPresent()) {
            cursor.error(notRegular.get().equals("does not exist")
                    ? "the file " + Values.excerpt(name) + " does not exist (looked for " + path + ")"
                    : Values.excerpt(name) + " " + notRegular.get() + " (" + path + ")");
            return null;
        }
        return path;
    }

    private void readOut() {
        String name = readPlainText("the output folder, as a path relative to the project file");
        Path path = name == null ? null : resolve(name);
        if (path == null) {
            return;
        }
        if (path.toAbsolutePath().normalize().equals(baseDirectory.toAbsolutePath().normalize())) {
            // The formats' folders and the output's lock and journal would be made among the project's own files.
            cursor.error("the output folder " + Values.excerpt(name) + " is the project file's own folder; name a"
                    + " folder of its own, such as 'out'");
            return;
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            cursor.error("the output folder " + Values.excerpt(name) + " is a file (" + path + ")");
            return;
        }
        out = path;
    }

    /**
     * A list of names, each checked by {@code check} (which reports and returns false), none twice; each good one
     * goes to {@code onName} with its place.
     */
    private void readNames(String what, Predicate<String> check, BiConsumer<String, Project.Site> onName) {
        int listLine = cursor.line();
        int listColumn = cursor.column();
        if (!expectList("a list of " + what + ", such as " + (what.equals("formats") ? "[pdf, csv]" : "[de, en]"))) {
            return;
        }
        Map<String, Integer> lines = new HashMap<>();
        int count = readItems(index -> {
            String name = readPlainText(what.equals("formats") ? "a format name" : "a language tag");
            if (name == null || !check.test(name)) {
                return;
            }
            Integer earlier = lines.putIfAbsent(name, cursor.line());
            if (earlier != null) {
                cursor.error(Values.excerpt(name) + " is listed twice; it is already listed on line " + earlier);
                return;
            }
            onName.accept(name, new Project.Site(cursor.line(), cursor.column()));
        });
        if (count == 0) {
            cursor.error(listLine, listColumn, "'" + what + "' is an empty list; leave it out to render every "
                    + (what.equals("formats") ? "format" : "language of the region"));
        }
    }

    private boolean knownFormat(String format) {
        return knownFormat(format, cursor.line(), cursor.column());
    }

    private boolean languageTag(String language) {
        if (Checks.isLanguageTag(language)) {
            return true;
        }
        cursor.error(Values.excerpt(language) + " is not a language tag such as 'de' or 'en'");
        return false;
    }

    /** {@code options: {FORMAT: {KEY: VALUE, KEY: {LANG: TEXT}}}}, each problem at the part that is wrong. */
    private void readOptions() {
        forEachKey((format, formatLine, formatColumn) -> {
            if (!knownFormat(format, formatLine, formatColumn)) {
                cursor.skipValue();
                return;
            }
            if (!expectMapping("the options of '" + format + "', such as {KEY: VALUE}")) {
                return;
            }
            forEachKey((key, keyLine, keyColumn) -> readOption(format, key, keyLine, keyColumn));
        });
    }

    private boolean knownFormat(String format, int line, int column) {
        try {
            registry.provider(format);
            return true;
        } catch (InvalidOptionException unknown) {
            cursor.error(line, column, unknown.getMessage());
            return false;
        }
    }

    private void readOption(String format, String key, int keyLine, int keyColumn) {
        RendererOption<?> option;
        try {
            option = registry.option(format, key);
        } catch (InvalidOptionException unknown) {
            cursor.error(keyLine, keyColumn, unknown.getMessage());
            cursor.skipValue();
            return;
        }
        if (option.type() != RendererOption.Type.TEXT_PER_LANGUAGE) {
            apply(format, key, keyLine, keyColumn);
            return;
        }
        if (expectMapping("a text per language for " + format + "." + key + ", such as {de: …, en: …}")) {
            forEachKey((language, line, column) -> apply(format, key + "." + language, line, column));
        }
    }

    /** Applies the scalar at the cursor to {@code format.key}; a problem goes to the key or to the value. */
    private void apply(String format, String key, int keyLine, int keyColumn) {
        if (cursor.reported()) {
            cursor.skipValue();
            return;
        }
        JsonToken token = cursor.token();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.VALUE_NULL) {
            wrongKind("one value for " + format + "." + key);
            return;
        }
        try {
            settings = registry.withOption(settings, format, key, cursor.text());
        } catch (InvalidOptionException invalid) {
            if (invalid.part() == InvalidOptionException.Part.VALUE) {
                cursor.error(invalid.getMessage());
            } else {
                cursor.error(keyLine, keyColumn, invalid.getMessage());
            }
        }
    }

    private interface KeyHandler {
        void read(String key, int line, int column);
    }

    /**
     * Reads the mapping at the cursor, giving each key with its position to {@code handler} (with the cursor on the
     * value's first token; it must consume the value). Duplicate keys are reported and their values skipped.
     */
    private void forEachKey(KeyHandler handler) {
        Map<String, Integer> lines = new HashMap<>();
        while (cursor.next() == JsonToken.PROPERTY_NAME) {
            String key = cursor.text();
            boolean keyReported = cursor.reported();
            int line = cursor.line();
            int column = cursor.column();
            cursor.enterKey(key);
            Integer earlier = keyReported ? null : lines.putIfAbsent(key, line);
            if (earlier != null) {
                cursor.error(line, column, "duplicate key " + Values.excerpt(key) + "; it is already given on line "
                        + earlier);
            }
            cursor.next();
            if (keyReported || earlier != null) {
                cursor.skipValue();
            } else {
                handler.read(key, line, column);
            }
            cursor.leave();
        }
    }
}
