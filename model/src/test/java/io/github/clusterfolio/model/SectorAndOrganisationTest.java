package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Sector} and {@link Organisation}: their invariants, each violated on purpose. */
class SectorAndOrganisationTest {
    private static final LocalizedText NAME = LocalizedText.of("Name");

    private static Organisation.Builder organisation(String id) {
        return Organisation.builder(id, NAME).sectors("logistics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Logistics", "logistics-", "-logistics", "logistics--maritime", "häfen", "a b", "a_b", "a.b"})
    void idsAreLowerCaseSlugs(String id) {
        assertThatThrownBy(() -> new Sector(id, NAME, NAME, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid id");
        assertThatThrownBy(() -> organisation(id).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a valid id");
    }

    @Test
    void slugsWithDigitsAndSingleHyphensAreIds() {
        assertThat(new Sector("logistics-maritime-2", NAME, NAME, List.of()).id()).isEqualTo("logistics-maritime-2");
        assertThat(organisation("2024").build().id()).isEqualTo("2024");
    }

    @Test
    void aSectorNeedsAnIdANameAndASummary() {
        assertThatThrownBy(() -> new Sector(null, NAME, NAME, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Sector("a", null, NAME, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new Sector("a", NAME, (LocalizedText) null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("needs a summary");
    }

    @Test
    void keyFiguresAreAnUnmodifiableCopyWithoutNulls() {
        List<KeyFigure> figures = new ArrayList<>(List.of(KeyFigure.of(NAME, BigDecimal.ONE)));
        Sector sector = new Sector("a", NAME, NAME, figures);
        figures.clear();
        assertThat(sector.keyFigures()).hasSize(1);
        assertThatThrownBy(() -> sector.keyFigures().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Sector("a", NAME, NAME, Arrays.asList((KeyFigure) null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Sector("a", NAME, NAME, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anOrganisationNeedsANameATypeAndAtLeastOneSector() {
        assertThatThrownBy(() -> Organisation.builder("a", null).sectors("s").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> organisation("a").type(null).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("needs a type");
        assertThatThrownBy(() -> Organisation.builder("a", NAME).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one sector");
        assertThatThrownBy(() -> organisation("a").sectors("Logistics").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a valid id");
        assertThatThrownBy(() -> organisation("a").sectors("logistics", "energy", "logistics").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lists sector 'logistics' twice");
    }

    @Test
    void textsOfAnOrganisationAreNotBlank() {
        assertThatThrownBy(() -> organisation("a").legalForm(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal form");
        assertThatThrownBy(() -> organisation("a").city("").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("city");
        assertThatThrownBy(() -> organisation("a").tags(List.of("ports", " ")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
        assertThatThrownBy(() -> organisation("a").tags(Arrays.asList("ports", null)).build())
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/", "www.example.org", "/about", "https:///x"})
    void theWebsiteIsAnAbsoluteHttpAddress(String address) {
        assertThatThrownBy(() -> organisation("a").website(URI.create(address)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("website of organisation 'a': ");
    }

    @Test
    void optionalFieldsAreOptionalsNotNulls() {
        List<String> sectors = List.of("s");
        assertThatThrownBy(() -> new Organisation("a", NAME, OrganisationType.PORT, null, sectors, Optional.empty(),
                        Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Organisation("a", NAME, OrganisationType.PORT, Optional.empty(), sectors, null,
                        Optional.empty(), Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Organisation("a", NAME, OrganisationType.PORT, Optional.empty(), sectors,
                        Optional.empty(), null, Optional.empty(), List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Organisation("a", NAME, OrganisationType.PORT, Optional.empty(), sectors,
                        Optional.empty(), Optional.empty(), null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Organisation("a", NAME, OrganisationType.PORT, Optional.empty(), sectors,
                        Optional.empty(), Optional.empty(), Optional.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void listsAreUnmodifiableCopiesAndTheFirstSectorIsTheMainOne() {
        List<String> sectors = new ArrayList<>(List.of("energy", "logistics"));
        List<String> tags = new ArrayList<>(List.of("wind"));
        Organisation organisation = Organisation.builder("a", NAME).sectors(sectors).tags(tags).build();
        sectors.add("health");
        tags.add("sun");
        assertThat(organisation.sectorIds()).containsExactly("energy", "logistics");
        assertThat(organisation.tags()).containsExactly("wind");
        assertThat(organisation.mainSectorId()).isEqualTo("energy");
        assertThatThrownBy(() -> organisation.sectorIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> organisation.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void organisationTypesHaveTheirFormatNames() {
        assertThat(OrganisationType.formatNames()).containsExactly(
                "cluster", "network", "agency", "port", "research", "association", "company", "public-body");
        assertThat(OrganisationType.fromFormatName("public-body")).contains(OrganisationType.PUBLIC_BODY);
        assertThat(OrganisationType.fromFormatName("PUBLIC_BODY")).isEmpty();
    }
}
