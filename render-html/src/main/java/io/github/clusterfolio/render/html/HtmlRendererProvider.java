package io.github.clusterfolio.render.html;

import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.util.List;

/**
 * Makes {@link HtmlFragmentRenderer}s for the format {@code html}; found by {@link java.util.ServiceLoader}.
 * It reads a {@link Theme} from the settings (its colours style the preview page) and the declared options
 * {@link #CLASS_PREFIX}, {@link #ID_PREFIX}, {@link #HEADING_LEVEL} and {@link #SECTOR_LINK}; build an
 * {@link HtmlFragmentRenderer} directly for labels of your own.
 */
public final class HtmlRendererProvider implements RendererProvider {
    /** {@code html.classPrefix}, see {@link HtmlFragmentRenderer.Builder#classPrefix(String)}. */
    public static final RendererOption<String> CLASS_PREFIX = RendererOption.text(
            "classPrefix",
            "The prefix of every class name, such as cf- in cf-card__title: 1-32 letters, digits, - or _.",
            "cf-",
            prefix -> {
                HtmlFragmentRenderer.builder().classPrefix(prefix);
                return prefix;
            });

    /** {@code html.idPrefix}, see {@link HtmlFragmentRenderer.Builder#idPrefix(String)}. */
    public static final RendererOption<String> ID_PREFIX = RendererOption.text(
            "idPrefix",
            "The prefix of every id, such as cf- in cf-sector-automotive: 1-32 letters, digits, - or _.",
            "cf-",
            prefix -> {
                HtmlFragmentRenderer.builder().idPrefix(prefix);
                return prefix;
            });

    /** {@code html.headingLevel}, see {@link HtmlFragmentRenderer.Builder#headingLevel(int)}. */
    public static final RendererOption<Integer> HEADING_LEVEL = RendererOption.integer(
            "headingLevel",
            "The level of each fragment's top heading (2 is h2); a sector fragment uses the two levels below it.",
            1,
            4,
            2);

    /** {@code html.sectorLink}, see {@link HtmlFragmentRenderer.Builder#sectorLinkTemplate(String)}. */
    public static final RendererOption<String> SECTOR_LINK = RendererOption.text(
            "sectorLink",
            "Where the overview links each sector, {id} standing for its id, such as /cluster/{id}/; default: the"
                    + " sector fragment's id on the same page.",
            "",
            template -> {
                HtmlFragmentRenderer.builder().sectorLinkTemplate(template);
                return template;
            });

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
        HtmlFragmentRenderer.Builder builder = HtmlFragmentRenderer.builder()
                .theme(settings.get(Theme.class).orElse(Theme.DEFAULT))
                .classPrefix(settings.option(CLASS_PREFIX))
                .idPrefix(settings.option(ID_PREFIX))
                .headingLevel(settings.option(HEADING_LEVEL))
                .labels(settings.get(LabelCatalog.class).orElse(LabelCatalog.bundled()));
        settings.optionIfGiven(SECTOR_LINK).ifPresent(builder::sectorLinkTemplate);
        return builder.build();
    }

    @Override
    public List<RendererOption<?>> options() {
        return List.of(CLASS_PREFIX, ID_PREFIX, HEADING_LEVEL, SECTOR_LINK);
    }
}
