package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.text.Label;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A sector's key figures as a table with header cells, in a region that scrolls sideways when a narrow
 * screen cannot fit the table (focusable, so that keyboard users can scroll it too). The region is a
 * landmark, so its name must be unique on a page that shows several sectors: the caption and the sector's
 * title ("Kennzahlen Automotive-Branche"), each read in its own language.
 */
final class KeyFigureTable {
    private final FragmentContext c;
    private final HtmlWriter h;

    KeyFigureTable(FragmentContext c) {
        this.c = c;
        this.h = c.html();
    }

    void write(List<KeyFigure> figures, String captionId, String sectorTitleId) throws IOException {
        String cp = c.cp();
        boolean anyYear = figures.stream().anyMatch(figure -> figure.year().isPresent());
        boolean anySource = figures.stream().anyMatch(figure -> figure.source().isPresent());
        h.nl().raw("<div class=\"").raw(cp).raw("figures\" role=\"region\" aria-labelledby=\"").raw(captionId)
                .raw(' ').raw(sectorTitleId).raw("\" tabindex=\"0\">");
        h.indent();
        h.nl().raw("<table class=\"").raw(cp).raw("figures__table\">");
        h.indent();
        h.nl().raw("<caption class=\"").raw(cp).raw("figures__caption\" id=\"").raw(captionId).raw('"')
                .lang(c.labelLanguage(Label.KEY_FIGURES)).raw('>')
                .text(c.label(Label.KEY_FIGURES)).raw("</caption>");
        h.nl().raw("<thead>");
        h.indent();
        h.nl().raw("<tr>");
        h.indent();
        columnHeader(Label.KEY_FIGURE);
        columnHeader(Label.VALUE);
        if (anyYear) {
            columnHeader(Label.YEAR);
        }
        if (anySource) {
            columnHeader(Label.SOURCE);
        }
        h.outdent();
        h.nl().raw("</tr>");
        h.outdent();
        h.nl().raw("</thead>");
        h.nl().raw("<tbody>");
        h.indent();
        for (KeyFigure figure : figures) {
            row(figure, anyYear, anySource);
        }
        h.outdent();
        h.nl().raw("</tbody>");
        h.outdent();
        h.nl().raw("</table>");
        h.outdent();
        h.nl().raw("</div>");
    }

    private void row(KeyFigure figure, boolean anyYear, boolean anySource) throws IOException {
        String cp = c.cp();
        h.nl().raw("<tr>");
        h.indent();
        LocalizedText.Resolved label = c.resolve(figure.label());
        h.nl().raw("<th scope=\"row\" class=\"").raw(cp).raw("figures__label\"").lang(label).raw('>').text(label.text())
                .raw("</th>");
        h.nl().raw("<td class=\"").raw(cp).raw("figures__value\">");
        c.value(figure);
        h.raw("</td>");
        if (anyYear) {
            h.nl().raw("<td class=\"").raw(cp).raw("figures__year\">");
            if (figure.year().isPresent()) {
                h.raw(Integer.toString(figure.year().getAsInt()));
            }
            h.raw("</td>");
        }
        if (anySource) {
            h.nl().raw("<td class=\"").raw(cp).raw("figures__source\">");
            if (figure.source().isPresent()) {
                source(figure.source().get());
            }
            h.raw("</td>");
        }
        h.outdent();
        h.nl().raw("</tr>");
    }

    private void columnHeader(Label label) throws IOException {
        h.nl().raw("<th scope=\"col\"").lang(c.labelLanguage(label)).raw('>').text(c.label(label)).raw("</th>");
    }

    private void source(Source source) throws IOException {
        LocalizedText.Resolved title = c.resolve(source.title());
        Optional<SafeUrl> link = source.url().flatMap(SafeUrl::of);
        if (link.isPresent()) {
            h.raw("<a class=\"").raw(c.cp()).raw("figures__link\" href=\"").attribute(link.get().href()).raw('"')
                    .rel(link.get()).raw('>').inline(title).raw(" <span class=\"").raw(c.cp()).raw("figures__host\">(")
                    .text(link.get().target()).raw(")</span></a>");
        } else {
            h.inline(title);
            if (source.url().isPresent()) {
                h.raw(" (").text(source.url().get().toString()).raw(')');
            }
        }
    }
}
