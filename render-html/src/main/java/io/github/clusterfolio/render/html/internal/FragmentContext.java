package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What the fragments of one render call share: the settings, the region and language, the resolved
 * labels, the number format and the {@link HtmlWriter}. Made per call; not thread-safe.
 */
public final class FragmentContext {
    private final RenderConfig config;
    private final Region region;
    private final String language;
    private final Labels labels;
    private final HtmlWriter html;
    private NumberFormat numbers;

    /**
     * The context for {@code region} in {@code language}, writing to {@code out}.
     *
     * @param config the renderer's settings
     * @param region the region
     * @param language one of the region's languages
     * @param out where the HTML goes
     */
    public FragmentContext(RenderConfig config, Region region, String language, Appendable out) {
        this.config = config;
        this.region = region;
        this.language = language;
        this.labels = config.labels().forLanguage(language);
        this.html = new HtmlWriter(out, language);
    }

    RenderConfig config() {
        return config;
    }

    Region region() {
        return region;
    }

    String language() {
        return language;
    }

    HtmlWriter html() {
        return html;
    }

    /** The class prefix. */
    String cp() {
        return config.classPrefix();
    }

    /** The id prefix. */
    String ip() {
        return config.idPrefix();
    }

    /** A text of the data in this call's language, or in the language it falls back to. */
    LocalizedText.Resolved resolve(LocalizedText text) {
        return region.resolve(text, language);
    }

    /** The text of a label. */
    String label(Label label) {
        return labels.text(label);
    }

    /** The language a label's text is written in. */
    String labelLanguage(Label label) {
        return labels.languageOf(label);
    }

    /** The resolved labels of this call's language. */
    Labels labels() {
        return labels;
    }

    /** A text made from {@code label}, marked with the label's language when it is a stand-in. */
    void labelText(Label label, String text) throws IOException {
        html.inline(text, labels.languageOf(label));
    }

    /** A key figure's value: approximate marker, number and unit. */
    void value(KeyFigure figure) throws IOException {
        String number = number(figure.value());
        if (figure.approximate()) {
            labelText(Label.APPROXIMATE, labels.text(Label.APPROXIMATE, number));
        } else {
            html.text(number);
        }
        if (figure.unit().isPresent()) {
            html.raw(' ').inline(resolve(figure.unit().get()));
        }
    }

    /** A number with the language's separators and exactly the decimals it was written with. */
    String number(BigDecimal value) {
        if (numbers == null) {
            numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
            numbers.setGroupingUsed(true);
        }
        int scale = Math.max(0, value.scale());
        numbers.setMinimumFractionDigits(scale);
        numbers.setMaximumFractionDigits(scale);
        return numbers.format(value);
    }
}
