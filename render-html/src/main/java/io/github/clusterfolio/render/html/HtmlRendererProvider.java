package io.github.clusterfolio.render.html;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;

/**
 * Makes {@link HtmlFragmentRenderer}s for the format {@code html}; found by {@link java.util.ServiceLoader}.
 * It reads a {@link Theme} from the settings (its colours style the preview page) and leaves every
 * other option at its default; build an {@link HtmlFragmentRenderer} directly for class prefixes, heading
 * levels or labels of your own.
 */
public final class HtmlRendererProvider implements RendererProvider {

    /** The provider; {@link java.util.ServiceLoader} calls this. */
    public HtmlRendererProvider() {}

    @Override
    public String format() {
        return HtmlFragmentRenderer.FORMAT;
    }

    @Override
    public String description() {
        return "HTML fragments for a website's CMS and a standalone preview page, per language";
    }

    @Override
    public Renderer create(RendererSettings settings) {
        return HtmlFragmentRenderer.builder()
                .theme(settings.get(Theme.class).orElse(Theme.DEFAULT))
                .labels(settings.get(LabelCatalog.class).orElse(LabelCatalog.bundled()))
                .build();
    }
}
