package io.github.clusterfolio.render.csv;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Makes {@link CsvExporter}s for the format {@code csv}, found by {@link java.util.ServiceLoader}. Reads
 * these typed settings, each optional: {@link CsvDialect}, {@link CsvFormulaGuard}, {@link CsvHeaders}
 * and {@link CsvMissingTranslations}; anything else in the settings is ignored. The declared options
 * ({@link #DIALECT}, {@link #FORMULA_GUARD}, {@link #HEADERS}, {@link #MISSING_TRANSLATIONS}), when given,
 * override those typed settings.
 */
public final class CsvRendererProvider implements RendererProvider {
    /** {@code csv.dialect}, see {@link CsvDialect}. */
    public static final RendererOption<CsvDialect> DIALECT = RendererOption.choice(
            "dialect",
            "rfc4180 (comma), excel (semicolon and byte-order mark, for German Excel) or tsv (tab-separated .tsv).",
            byName(CsvDialect.values(), CsvDialect::formatName),
            CsvDialect.RFC4180.formatName());

    /** {@code csv.formulaGuard}: {@code dialect} (the dialect's default), {@code on} or {@code off}; see {@link CsvFormulaGuard}. */
    public static final RendererOption<Optional<CsvFormulaGuard>> FORMULA_GUARD = RendererOption.choice(
            "formulaGuard",
            "Whether text cells starting with = + - @ get an apostrophe so spreadsheets show them as text: on, off,"
                    + " or dialect (on for excel only).",
            formulaGuards(),
            "dialect");

    /** {@code csv.headers}, see {@link CsvHeaders}. */
    public static final RendererOption<CsvHeaders> HEADERS = RendererOption.choice(
            "headers",
            "identifiers (stable snake_case column names) or localized (labels in the first language rendered).",
            byName(CsvHeaders.values(), CsvRendererProvider::slug),
            slug(CsvHeaders.IDENTIFIERS));

    /** {@code csv.missingTranslations}, see {@link CsvMissingTranslations}. */
    public static final RendererOption<CsvMissingTranslations> MISSING_TRANSLATIONS = RendererOption.choice(
            "missingTranslations",
            "What a cell holds for a text missing in its language: empty, or default-language (the region's first).",
            byName(CsvMissingTranslations.values(), CsvRendererProvider::slug),
            slug(CsvMissingTranslations.EMPTY));

    /** Called by {@link java.util.ServiceLoader}. */
    public CsvRendererProvider() {}

    @Override
    public String format() {
        return CsvExporter.FORMAT;
    }

    @Override
    public String description() {
        return "CSV tables of organisations, sectors and key figures (dialects: "
                + String.join(", ", CsvDialect.formatNames()) + ")";
    }

    @Override
    public List<RendererOption<?>> options() {
        return List.of(DIALECT, FORMULA_GUARD, HEADERS, MISSING_TRANSLATIONS);
    }

    @Override
    public Renderer create(RendererSettings settings) {
        CsvExporter.Builder builder = CsvExporter.builder();
        settings.optionIfGiven(DIALECT).or(() -> settings.get(CsvDialect.class)).ifPresent(builder::dialect);
        settings.optionIfGiven(FORMULA_GUARD).orElseGet(() -> settings.get(CsvFormulaGuard.class))
                .ifPresent(builder::formulaGuard);
        settings.optionIfGiven(HEADERS).or(() -> settings.get(CsvHeaders.class)).ifPresent(builder::headers);
        settings.optionIfGiven(MISSING_TRANSLATIONS).or(() -> settings.get(CsvMissingTranslations.class))
                .ifPresent(builder::missingTranslations);
        settings.get(LabelCatalog.class).ifPresent(builder::labels);
        return builder.build();
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values, java.util.function.Function<E, String> name) {
        Map<String, E> byName = new LinkedHashMap<>();
        for (E value : values) {
            byName.put(name.apply(value), value);
        }
        return byName;
    }

    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Map<String, Optional<CsvFormulaGuard>> formulaGuards() {
        Map<String, Optional<CsvFormulaGuard>> byName = new LinkedHashMap<>();
        byName.put("dialect", Optional.empty());
        for (CsvFormulaGuard guard : CsvFormulaGuard.values()) {
            byName.put(slug(guard), Optional.of(guard));
        }
        return byName;
    }
}
