package io.github.clusterfolio.model.synthetic;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A region with its texts copied into another language, for testing a renderer in any language. */
public final class LanguageCopies {
    private LanguageCopies() {}

    /** {@code region} with every text taken from {@code from} and given as {@code to}, its only language. */
    public static Region copiedInto(Region region, String from, String to) {
        Region.Builder builder = Region.builder(region.id(), copy(region, region.name(), from, to)).languages(to);
        region.summary().ifPresent(text -> builder.summary(copy(region, text, from, to)));
        region.website().ifPresent(builder::website);
        for (Sector sector : region.sectors()) {
            List<KeyFigure> figures = new ArrayList<>();
            for (KeyFigure figure : sector.keyFigures()) {
                figures.add(new KeyFigure(copy(region, figure.label(), from, to), figure.value(), figure.approximate(),
                        figure.unit().map(unit -> copy(region, unit, from, to)), figure.year(),
                        figure.source().map(source -> new Source(copy(region, source.title(), from, to), source.url()))));
            }
            builder.sector(new Sector(sector.id(), copy(region, sector.name(), from, to),
                    copy(region, sector.summary(), from, to), figures));
        }
        for (Organisation organisation : region.organisations()) {
            builder.organisation(new Organisation(organisation.id(), copy(region, organisation.name(), from, to),
                    organisation.type(), organisation.legalForm(), organisation.sectorIds(), organisation.city(),
                    organisation.website(), organisation.description().map(text -> copy(region, text, from, to)),
                    organisation.tags()));
        }
        return builder.build();
    }

    private static LocalizedText copy(Region region, LocalizedText text, String from, String to) {
        return LocalizedText.of(Map.of(to, region.text(text, from)));
    }
}
