package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;

/**
 * Makes {@link PdfBrochureRenderer}s for the format {@code pdf}. Reads a {@link Theme} and
 * {@link PdfOptions} from the settings when the caller gives them, defaults otherwise. Registered with
 * {@link java.util.ServiceLoader}.
 */
public final class PdfRendererProvider implements RendererProvider {

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

    /**
     * A renderer with the settings' theme and PDF options.
     *
     * @throws io.github.clusterfolio.render.RenderException when the theme's fonts or logo cannot be read
     */
    @Override
    public Renderer create(RendererSettings settings) {
        return PdfBrochureRenderer.builder()
                .theme(settings.get(Theme.class).orElse(Theme.DEFAULT))
                .options(settings.get(PdfOptions.class).orElse(PdfOptions.DEFAULT))
                .labels(settings.get(LabelCatalog.class).orElse(LabelCatalog.bundled()))
                .build();
    }
}
