package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Region}: its invariants, each violated on purpose, and its queries. */
class RegionTest {
    private static final LocalizedText NAME = LocalizedText.of("de", "Region", "en", "Region");

    private static Sector sector(String id) {
        return new Sector(id, LocalizedText.of(id), LocalizedText.of("Summary of " + id), List.of());
    }

    private static Organisation organisation(String id, String... sectors) {
        return Organisation.builder(id, LocalizedText.of(id)).sectors(sectors).build();
    }

    private static Region.Builder region() {
        return Region.builder("region", NAME).languages("de", "en").sector(sector("logistics")).sector(sector("energy"));
    }

    @Test
    void theIdIsASlugAndTheNameIsRequired() {
        assertThatThrownBy(() -> Region.builder("Region Nordwest", NAME).languages("de").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region id 'Region Nordwest'");
        assertThatThrownBy(() -> Region.builder(null, NAME).languages("de").build())
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Region.builder("region", null).languages("de").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("needs a name");
    }

    @Test
    void theWebsiteIsAnAbsoluteHttpAddress() {
        assertThatThrownBy(() -> region().website(URI.create("javascript:alert(1)")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> region().website(URI.create("region.example.org")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an absolute address");
        assertThat(region().website(URI.create("https://region.example.org/")).build().website()).isPresent();
    }

    @Test
    void theLanguagesAreDistinctLanguageTagsAndAtLeastOne() {
        assertThatThrownBy(() -> region().languages(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one language");
        assertThatThrownBy(() -> region().languages("de", "German").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'German' is not a language tag");
        assertThatThrownBy(() -> region().languages("de", "en", "de").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'de' is listed twice");
    }

    @Test
    void idsAreUniquePerKind() {
        assertThatThrownBy(() -> region().sector(sector("logistics")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sector id 'logistics' is used twice");
        assertThatThrownBy(() -> region()
                        .organisation(organisation("port", "logistics"))
                        .organisation(organisation("port", "energy"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organisation id 'port' is used twice");
        // a sector and an organisation may share an id: they are different kinds
        assertThat(region().organisation(organisation("logistics", "logistics")).build().organisations()).hasSize(1);
    }

    @Test
    void everyOrganisationBelongsToSectorsThatExist() {
        assertThatThrownBy(() -> region().organisation(organisation("port", "logistics", "aerospace")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organisation 'port' refers to sector 'aerospace', which does not exist;"
                        + " known sectors: logistics, energy");
    }

    @Test
    void collectionsAreUnmodifiableCopiesWithoutNulls() {
        List<Sector> sectors = new ArrayList<>(List.of(sector("logistics")));
        List<String> languages = new ArrayList<>(List.of("de"));
        Region region = new Region("region", NAME, Optional.empty(), Optional.empty(), languages, sectors, List.of());
        sectors.add(sector("energy"));
        languages.add("en");
        assertThat(region.sectors()).hasSize(1);
        assertThat(region.languages()).containsExactly("de");
        assertThatThrownBy(() -> region.sectors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> region.organisations().add(organisation("x", "logistics")))
                .isInstanceOf(UnsupportedOperationException.class);
        List<Sector> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Region("region", NAME, Optional.empty(), Optional.empty(), List.of("de"), withNull,
                        List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Region("region", NAME, null, Optional.empty(), List.of("de"), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void queriesFindSectorsOrganisationsAndTexts() {
        Organisation port = organisation("port", "logistics");
        Organisation wind = organisation("wind", "energy", "logistics");
        Organisation grid = organisation("grid", "energy");
        Region region = region().organisation(port).organisation(wind).organisation(grid).build();

        assertThat(region.sector("energy")).contains(sector("energy"));
        assertThat(region.sector("aerospace")).isEmpty();
        assertThat(region.organisation("wind")).contains(wind);
        assertThat(region.organisation("nothing")).isEmpty();
        assertThat(region.organisationsOf("logistics")).containsExactly(port, wind);
        assertThat(region.organisationsOf("energy")).containsExactly(wind, grid);
        assertThatThrownBy(() -> region.organisationsOf("aerospace"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sector 'aerospace'");
        assertThatThrownBy(() -> region.organisationsOf("logistics").clear())
                .isInstanceOf(UnsupportedOperationException.class);

        assertThat(region.defaultLanguage()).isEqualTo("de");
        LocalizedText germanOnly = LocalizedText.of(java.util.Map.of("de", "Häfen"));
        assertThat(region.text(germanOnly, "en")).isEqualTo("Häfen");
        assertThat(region.resolve(germanOnly, "en")).isEqualTo(new LocalizedText.Resolved("Häfen", "de", true));
    }

    @Test
    void regionsWithEqualComponentsAreEqual() {
        Region one = region().organisation(organisation("port", "logistics")).build();
        Region two = region().organisation(organisation("port", "logistics")).build();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(region().build());
        assertThat(one.toString()).isEqualTo("Region[id=region, languages=[de, en], sectors=2, organisations=1]");
    }
}
