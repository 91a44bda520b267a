package io.github.clusterfolio.render.csv;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.text.LabelCatalog;

/**
 * Makes {@link CsvExporter}s for the format {@code csv}, found by {@link java.util.ServiceLoader}. Reads
 * these typed settings, each optional: {@link CsvDialect}, {@link CsvFormulaGuard}, {@link CsvHeaders}
 * and {@link CsvMissingTranslations}; anything else in the settings is ignored.
 */
public final class CsvRendererProvider implements RendererProvider {

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
    public Renderer create(RendererSettings settings) {
        CsvExporter.Builder builder = CsvExporter.builder();
        settings.get(CsvDialect.class).ifPresent(builder::dialect);
        settings.get(CsvFormulaGuard.class).ifPresent(builder::formulaGuard);
        settings.get(CsvHeaders.class).ifPresent(builder::headers);
        settings.get(CsvMissingTranslations.class).ifPresent(builder::missingTranslations);
        settings.get(LabelCatalog.class).ifPresent(builder::labels);
        return builder.build();
    }
}
