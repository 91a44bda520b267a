package io.github.clusterfolio.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import org.junit.jupiter.api.Test;

class CsvRendererProviderTest {

    @Test
    void serviceLoaderFindsTheCsvFormat() {
        RendererProvider provider = RendererRegistry.discover().find("csv").orElseThrow();
        assertThat(provider).isInstanceOf(CsvRendererProvider.class);
        assertThat(provider.description()).contains("rfc4180, excel, tsv");
    }

    @Test
    void withoutSettingsTheExporterHasItsDefaults() {
        CsvExporter exporter = (CsvExporter) new CsvRendererProvider().create(RendererSettings.empty());
        assertThat(exporter.dialect()).isEqualTo(CsvDialect.RFC4180);
        assertThat(exporter.guardsFormulas()).isFalse();
        assertThat(exporter.headers()).isEqualTo(CsvHeaders.IDENTIFIERS);
        assertThat(exporter.missingTranslations()).isEqualTo(CsvMissingTranslations.EMPTY);
    }

    @Test
    void readsItsTypedSettingsAndIgnoresOthers() {
        RendererSettings settings = RendererSettings.empty()
                .with(Theme.class, Theme.DEFAULT)
                .with(CsvDialect.class, CsvDialect.EXCEL)
                .with(CsvHeaders.class, CsvHeaders.LOCALIZED)
                .with(CsvMissingTranslations.class, CsvMissingTranslations.DEFAULT_LANGUAGE);
        CsvExporter exporter = (CsvExporter) new CsvRendererProvider().create(settings);
        assertThat(exporter.dialect()).isEqualTo(CsvDialect.EXCEL);
        assertThat(exporter.guardsFormulas()).isTrue();
        assertThat(exporter.headers()).isEqualTo(CsvHeaders.LOCALIZED);
        assertThat(exporter.missingTranslations()).isEqualTo(CsvMissingTranslations.DEFAULT_LANGUAGE);
        CsvExporter unguarded = (CsvExporter) new CsvRendererProvider()
                .create(settings.with(CsvFormulaGuard.class, CsvFormulaGuard.OFF));
        assertThat(unguarded.guardsFormulas()).isFalse();
    }
}
