package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import java.io.IOException;
import java.math.BigDecimal;

/** The overview of all sectors: a heading and one teaser per sector. */
public final class OverviewFragment {
    private final FragmentContext c;
    private final HtmlWriter h;

    /** The overview written in context {@code c}. */
    public OverviewFragment(FragmentContext c) {
        this.c = c;
        this.h = c.html();
    }

    /**
     * Writes the overview.
     *
     * @param level the level of the overview's heading
     * @param inPageLinks whether sectors are linked by in-page anchor, ignoring a configured link template
     */
    public void write(int level, boolean inPageLinks) throws IOException {
        String cp = c.cp();
        String rootId = c.ip() + "overview";
        h.raw("<section class=\"").raw(cp).raw("overview\" id=\"").raw(rootId).raw("\" lang=\"").raw(c.language())
                .raw("\" aria-labelledby=\"").raw(rootId).raw("--title\">");
        h.indent();
        h.nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("overview__title\" id=\"").raw(rootId).raw("--title\"")
                .lang(c.labelLanguage(Label.OVERVIEW_SECTORS)).raw('>').text(c.label(Label.OVERVIEW_SECTORS))
                .raw("</h").digit(level).raw('>');
        Region region = c.region();
        if (!region.sectors().isEmpty()) {
            h.nl().raw("<ul class=\"").raw(cp).raw("overview__list\">");
            h.indent();
            for (Sector sector : region.sectors()) {
                teaser(sector, level + 1, inPageLinks);
            }
            h.outdent();
            h.nl().raw("</ul>");
        }
        h.outdent();
        h.nl().raw("</section>");
    }

    private void teaser(Sector sector, int level, boolean inPageLinks) throws IOException {
        String cp = c.cp();
        String titleId = c.ip() + "overview--sector-" + sector.id();
        h.nl().raw("<li class=\"").raw(cp).raw("overview__item\">");
        h.indent();
        h.nl().raw("<article class=\"").raw(cp).raw("teaser\" aria-labelledby=\"").raw(titleId).raw("\">");
        h.indent();
        LocalizedText.Resolved name = c.resolve(sector.name());
        h.nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("teaser__title\" id=\"").raw(titleId).raw('"')
                .lang(name).raw("><a class=\"").raw(cp).raw("teaser__link\" href=\"");
        if (inPageLinks || c.config().sectorLinkTemplate().isEmpty()) {
            h.raw('#').raw(c.ip()).raw("sector-").raw(sector.id());
        } else {
            h.attribute(c.config().sectorLinkTemplate().get().replace("{id}", sector.id()));
        }
        h.raw("\">").text(name.text()).raw("</a></h").digit(level).raw('>');
        if (!sector.keyFigures().isEmpty()) {
            KeyFigure headline = sector.keyFigures().getFirst();
            LocalizedText.Resolved label = c.resolve(headline.label());
            h.nl().raw("<p class=\"").raw(cp).raw("teaser__figure\"><span class=\"").raw(cp).raw("teaser__figure-value\">");
            c.value(headline);
            h.raw("</span> <span class=\"").raw(cp).raw("teaser__figure-label\"").lang(label).raw('>').text(label.text())
                    .raw("</span></p>");
        }
        LocalizedText.Resolved summary = c.resolve(sector.summary());
        h.nl().raw("<p class=\"").raw(cp).raw("teaser__summary\"").lang(summary).raw('>');
        Paragraphs.lines(h, Paragraphs.first(summary.text()));
        h.raw("</p>");
        int count = c.region().organisationsOf(sector.id()).size();
        h.nl().raw("<p class=\"").raw(cp).raw("teaser__count\">");
        if (count == 0) {
            c.labelText(Label.NO_ORGANISATIONS, c.label(Label.NO_ORGANISATIONS));
        } else {
            c.labelText(Label.ORGANISATION_COUNT,
                    c.labels().count(Label.ORGANISATION_COUNT, count, c.number(BigDecimal.valueOf(count))));
        }
        h.raw("</p>");
        h.outdent();
        h.nl().raw("</article>");
        h.outdent();
        h.nl().raw("</li>");
    }
}
