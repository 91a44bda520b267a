package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.util.Objects;
import java.util.Optional;

/**
 * The renderer's settings, checked by the public builder and fixed for the renderer's life, with what is
 * derived from them once: the stylesheet and the cards' constant markup.
 *
 * @param classPrefix prefix of every class name, such as {@code cf-}
 * @param idPrefix prefix of every id, such as {@code cf-}
 * @param headingLevel the level of a fragment's top heading, 1 to 4
 * @param labels the label catalogue
 * @param sectorLinkTemplate where the overview links a sector to, with {@code {id}} for the sector's id;
 *     empty for an in-page anchor to the sector fragment's id
 * @param stylesheet the preview page's stylesheet
 * @param cardMarkup the constant pieces of a card with the class prefix filled in
 */
public record RenderConfig(
        String classPrefix,
        String idPrefix,
        int headingLevel,
        LabelCatalog labels,
        Optional<String> sectorLinkTemplate,
        Stylesheet stylesheet,
        CardMarkup cardMarkup) {

    /** Checks that nothing is null. */
    public RenderConfig {
        Objects.requireNonNull(classPrefix, "classPrefix");
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(sectorLinkTemplate, "sectorLinkTemplate");
        Objects.requireNonNull(stylesheet, "stylesheet");
        Objects.requireNonNull(cardMarkup, "cardMarkup");
    }

    /** The settings, with the stylesheet made for {@code theme} and the card markup for the class prefix. */
    public static RenderConfig of(
            String classPrefix,
            String idPrefix,
            int headingLevel,
            LabelCatalog labels,
            Optional<String> sectorLinkTemplate,
            Theme theme) {
        return new RenderConfig(classPrefix, idPrefix, headingLevel, labels, sectorLinkTemplate,
                Stylesheet.of(classPrefix, theme), new CardMarkup(classPrefix));
    }
}
