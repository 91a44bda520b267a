package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.math.BigDecimal;
import java.util.List;

/** Small regions made in code for what the bundled dataset does not show: a chart, texts that fall back. */
final class ChartRegion {
    private ChartRegion() {}

    /** Three sectors that share the key figure "Employees", so that the overview has a bar chart. */
    static Region withSharedFigure() {
        Region.Builder region = Region.builder("chart-region", LocalizedText.of("Chart Region")).languages("en");
        String[][] sectors = {{"automotive", "Automotive", "12500"}, {"logistics", "Logistics", "34000"},
            {"health", "Health", "9000"}};
        for (String[] sector : sectors) {
            region.sector(new Sector(sector[0], LocalizedText.of(sector[1]),
                    LocalizedText.of("The " + sector[1].toLowerCase(java.util.Locale.ROOT) + " sector of the region."),
                    List.of(KeyFigure.of(LocalizedText.of("Employees"), new BigDecimal(sector[2])))));
            region.organisation(Organisation.builder(sector[0] + "-network", LocalizedText.of(sector[1] + " Network"))
                    .type(OrganisationType.NETWORK).sectors(sector[0]).build());
        }
        return region.build();
    }

    /** A German and English region whose summaries and descriptions exist only in German. */
    static Region germanOnly() {
        Region.Builder region = Region.builder("fallback-region",
                LocalizedText.of("de", "Region Nord", "en", "North Region")).languages("de", "en");
        region.sector(new Sector("food", LocalizedText.of("de", "Ernährung", "en", "Food"),
                LocalizedText.of(java.util.Map.of("de", "Zwei Vereine stehen dabei im Vordergrund.")), List.of()));
        region.organisation(Organisation.builder("food-forum", LocalizedText.of("Ernährungsforum"))
                .type(OrganisationType.NETWORK).sectors("food")
                .description(LocalizedText.of(java.util.Map.of("de", "Ein Forum der Ernährungswirtschaft.")))
                .build());
        return region.build();
    }
}
