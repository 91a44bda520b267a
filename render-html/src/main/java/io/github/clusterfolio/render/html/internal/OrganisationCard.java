package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One organisation as a card with schema.org microdata: name, type, description, facts (legal form, city,
 * website, sectors) and tags. Its constant markup comes from {@link CardMarkup}, made once per renderer.
 */
public final class OrganisationCard {
    private final FragmentContext c;
    private final HtmlWriter h;
    private final CardMarkup m;

    /** Cards written in context {@code c}. */
    public OrganisationCard(FragmentContext c) {
        this.c = c;
        this.h = c.html();
        this.m = c.config().cardMarkup();
    }

    /**
     * Writes one card.
     *
     * @param organisation an organisation of the region
     * @param level the level of the card's heading
     * @param within the sector whose fragment holds the card, or {@code null} for a card on its own
     */
    public void write(Organisation organisation, int level, Sector within) throws IOException {
        int type = organisation.type().ordinal();
        String rootId = within == null
                ? c.ip() + "organisation-" + organisation.id()
                : c.ip() + "sector-" + within.id() + "--organisation-" + organisation.id();
        h.raw(m.articleStart[type]).raw(rootId).raw('"');
        if (within == null) {
            h.raw(" lang=\"").raw(c.language()).raw('"');
        }
        h.raw(" aria-labelledby=\"").raw(rootId).raw(m.articleItemType[type]);
        h.indent();
        LocalizedText.Resolved name = c.resolve(organisation.name());
        h.nl().raw(m.titleStart[level]).raw(rootId).raw("--title\"").lang(name).raw(" itemprop=\"name\">")
                .text(name.text()).raw(m.headingEnd[level]);
        Label typeLabel = Label.of(organisation.type());
        h.nl().raw(m.typeStart).lang(c.labelLanguage(typeLabel)).raw('>').text(c.label(typeLabel)).raw("</p>");
        if (organisation.description().isPresent()) {
            LocalizedText.Resolved description = c.resolve(organisation.description().get());
            List<String> paragraphs = Paragraphs.split(description.text());
            h.nl().raw(paragraphs.size() == 1 ? m.descriptionParagraph : m.descriptionBlock).lang(description)
                    .raw(" itemprop=\"description\">");
            Paragraphs.body(h, paragraphs);
        }
        facts(organisation, within);
        if (!organisation.tags().isEmpty()) {
            h.nl().raw(m.tagsStart).attribute(c.label(Label.TAGS)).raw("\">");
            h.indent();
            for (String tag : organisation.tags()) {
                h.nl().raw(m.tagStart).text(tag).raw("</li>");
            }
            h.outdent();
            h.nl().raw("</ul>");
        }
        h.outdent();
        h.nl().raw("</article>");
    }

    private void facts(Organisation organisation, Sector within) throws IOException {
        List<Sector> sectors = sectorsToList(organisation, within);
        boolean anyFact = organisation.legalForm().isPresent() || organisation.city().isPresent()
                || organisation.website().isPresent() || !sectors.isEmpty();
        if (!anyFact) {
            return;
        }
        h.nl().raw(m.factsStart);
        h.indent();
        if (organisation.legalForm().isPresent()) {
            fact(Label.LEGAL_FORM, m.detailStart).text(organisation.legalForm().get());
            h.raw("</dd></div>");
        }
        if (organisation.city().isPresent()) {
            fact(Label.CITY, m.addressStart).text(organisation.city().get()).raw("</span></dd></div>");
        }
        if (organisation.website().isPresent()) {
            fact(Label.WEBSITE, m.detailStart);
            Optional<SafeUrl> link = SafeUrl.of(organisation.website().get());
            if (link.isPresent()) {
                h.raw(m.linkStart).attribute(link.get().href()).raw('"').rel(link.get()).raw(" itemprop=\"url\">")
                        .text(link.get().target()).raw("</a>");
            } else {
                h.text(organisation.website().get().toString());
            }
            h.raw("</dd></div>");
        }
        if (!sectors.isEmpty()) {
            fact(within != null
                    ? Label.ALSO_IN
                    : sectors.size() == 1 ? Label.SECTOR : Label.SECTORS, m.detailStart);
            for (int i = 0; i < sectors.size(); i++) {
                if (i > 0) {
                    h.raw(", ");
                }
                h.inline(c.resolve(sectors.get(i).name()));
            }
            h.raw("</dd></div>");
        }
        h.outdent();
        h.nl().raw("</dl>");
    }

    /** A fact's term, then the start of its detail: {@code <div><dt>term</dt><dd>}. */
    private HtmlWriter fact(Label label, String detailStart) throws IOException {
        return h.nl().raw(m.factStart).lang(c.labelLanguage(label)).raw('>').text(c.label(label)).raw(detailStart);
    }

    private List<Sector> sectorsToList(Organisation organisation, Sector within) {
        Region region = c.region();
        List<Sector> sectors = new ArrayList<>(organisation.sectorIds().size());
        for (String sectorId : organisation.sectorIds()) {
            if (within == null || !within.id().equals(sectorId)) {
                // The region guarantees that every sector id refers to one of its sectors.
                region.sector(sectorId).ifPresent(sectors::add);
            }
        }
        return sectors;
    }
}
