package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes {@link PdfBrochureRenderer}s for the format {@code pdf}. Reads a {@link Theme} and
 * {@link PdfOptions} from the settings when the caller gives them, defaults otherwise; the declared options
 * {@link #CONFORMANCE} and {@link #SUBTITLE}, when given, override what the {@link PdfOptions} say. Registered
 * with {@link java.util.ServiceLoader}.
 */
public final class PdfRendererProvider implements RendererProvider {
    /** {@code pdf.conformance}: the standard the brochure is written to, see {@link PdfConformance}. */
    public static final RendererOption<PdfConformance> CONFORMANCE = RendererOption.choice(
            "conformance",
            "The standards the brochure meets: pdf-ua-1 (tagged, accessible), pdf-a-2b or pdf-a-2a (also archival"
                    + " PDF/A-2, both still PDF/UA-1).",
            conformances(),
            PdfOptions.DEFAULT.conformance().optionName());

    /** {@code pdf.subtitle}: the cover subtitle per language, see {@link PdfOptions#subtitles()}. */
    public static final RendererOption<Map<String, String>> SUBTITLE = RendererOption.textPerLanguage(
            "subtitle",
            "The cover subtitle per language, replacing 'Cluster und Netzwerke' / 'Clusters and networks'.",
            PdfRendererProvider::checkSubtitle);

    /** For {@link java.util.ServiceLoader}. */
    public PdfRendererProvider() {}

    @Override
    public String format() {
        return PdfBrochureRenderer.FORMAT;
    }

    @Override
    public String description() {
        return "PDF brochure for print and download, one file per language";
    }

    @Override
    public List<RendererOption<?>> options() {
        return List.of(CONFORMANCE, SUBTITLE);
    }

    /**
     * A renderer with the settings' theme and PDF options.
     *
     * @throws io.github.clusterfolio.render.RenderException when the theme's fonts or logo cannot be read
     */
    @Override
    public Renderer create(RendererSettings settings) {
        return PdfBrochureRenderer.builder()
                .theme(settings.get(Theme.class).orElse(Theme.DEFAULT))
                .options(options(settings))
                .labels(settings.get(LabelCatalog.class).orElse(LabelCatalog.bundled()))
                .build();
    }

    private static PdfOptions options(RendererSettings settings) {
        PdfOptions options = settings.get(PdfOptions.class).orElse(PdfOptions.DEFAULT);
        if (settings.optionIfGiven(CONFORMANCE).isPresent()) {
            options = options.withConformance(settings.option(CONFORMANCE));
        }
        for (Map.Entry<String, String> subtitle : settings.option(SUBTITLE).entrySet()) {
            options = options.withSubtitle(subtitle.getKey(), subtitle.getValue());
        }
        return options;
    }

    private static String checkSubtitle(String subtitle) {
        if (subtitle.isBlank()) {
            throw new IllegalArgumentException("a subtitle must not be blank");
        }
        return subtitle.strip();
    }

    private static Map<String, PdfConformance> conformances() {
        Map<String, PdfConformance> byName = new LinkedHashMap<>();
        for (PdfConformance conformance : PdfConformance.values()) {
            byName.put(conformance.optionName(), conformance);
        }
        return byName;
    }
}
