package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import java.io.IOException;
import java.util.List;

/** One sector: heading, summary, key figures and its organisations as cards two levels below. */
public final class SectorFragment {
    private final FragmentContext c;
    private final HtmlWriter h;

    /** The sector fragment written in context {@code c}. */
    public SectorFragment(FragmentContext c) {
        this.c = c;
        this.h = c.html();
    }

    /**
     * Writes one sector.
     *
     * @param sector a sector of the region
     * @param level the level of the sector's heading
     */
    public void write(Sector sector, int level) throws IOException {
        String cp = c.cp();
        String rootId = c.ip() + "sector-" + sector.id();
        h.raw("<section class=\"").raw(cp).raw("sector\" id=\"").raw(rootId).raw("\" lang=\"").raw(c.language())
                .raw("\" aria-labelledby=\"").raw(rootId).raw("--title\">");
        h.indent();
        LocalizedText.Resolved name = c.resolve(sector.name());
        h.nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("sector__title\" id=\"").raw(rootId).raw("--title\"")
                .lang(name).raw('>').text(name.text()).raw("</h").digit(level).raw('>');
        Paragraphs.block(c, c.resolve(sector.summary()), "sector__summary");
        if (!sector.keyFigures().isEmpty()) {
            new KeyFigureTable(c).write(sector.keyFigures(), rootId + "--figures", rootId + "--title");
        }
        List<Organisation> members = c.region().organisationsOf(sector.id());
        if (!members.isEmpty()) {
            String listId = rootId + "--organisations";
            h.nl().raw("<h").digit(level + 1).raw(" class=\"").raw(cp).raw("sector__subtitle\" id=\"").raw(listId).raw('"')
                    .lang(c.labelLanguage(Label.ORGANISATIONS)).raw('>')
                    .text(c.label(Label.ORGANISATIONS)).raw("</h").digit(level + 1).raw('>');
            h.nl().raw("<ul class=\"").raw(cp).raw("sector__organisations\" aria-labelledby=\"").raw(listId).raw("\">");
            h.indent();
            OrganisationCard card = new OrganisationCard(c);
            for (Organisation organisation : members) {
                h.nl().raw("<li class=\"").raw(cp).raw("sector__organisation\">");
                h.indent();
                h.nl();
                card.write(organisation, level + 2, sector);
                h.outdent();
                h.nl().raw("</li>");
            }
            h.outdent();
            h.nl().raw("</ul>");
        }
        h.outdent();
        h.nl().raw("</section>");
    }
}
