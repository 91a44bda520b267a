package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Qualifier;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under {@code valid/} loads without a single problem, and loads what it says. */
class ValidCorpusTest {
    static Stream<String> cases() {
        return Corpus.cases(Corpus.VALID);
    }

    private static Region load(String name) {
        LoadResult result = RegionLoader.builder()
                .strict(true)
                .build()
                .read(new ByteArrayInputStream(Corpus.yaml(Corpus.VALID, name)), name + ".yaml");
        assertThat(result.problems()).as("problems of %s", name).isEmpty();
        return result.region().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadsWithoutProblemsEvenWhenStrict(String name) {
        assertThat(load(name)).isNotNull();
    }

    @Test
    void everyOptionalFieldAbsentGivesEmptyOptionalsAndLists() {
        Region region = load("every-optional-absent");
        assertThat(region.id()).isEqualTo("minimal-region");
        assertThat(region.summary()).isEmpty();
        assertThat(region.website()).isEmpty();
        assertThat(region.languages()).containsExactly("en");
        Sector sector = region.sectors().getFirst();
        assertThat(sector.keyFigures()).isEmpty();
        Organisation organisation = region.organisations().getFirst();
        assertThat(organisation.legalForm()).isEmpty();
        assertThat(organisation.city()).isEmpty();
        assertThat(organisation.website()).isEmpty();
        assertThat(organisation.description()).isEmpty();
        assertThat(organisation.tags()).isEmpty();
        assertThat(organisation.type()).isEqualTo(OrganisationType.PORT);
        assertThat(organisation.sectorIds()).containsExactly("logistics");
    }

    @Test
    void everyOptionalFieldPresentIsLoadedExactly() {
        Region region = load("every-optional-present");
        assertThat(region.name()).isEqualTo(LocalizedText.of("de", "Volle Region", "en", "Full region"));
        assertThat(region.summary().map(Prose::source)).contains(LocalizedText.of(
                "de", "Erster Absatz.\n\nZweiter Absatz.", "en", "First paragraph.\n\nSecond paragraph."));
        assertThat(region.website()).contains(URI.create("https://region.example.org/"));
        assertThat(region.languages()).containsExactly("de", "en");

        Sector sector = region.sector("logistics-maritime").orElseThrow();
        assertThat(sector.keyFigures()).hasSize(2);
        KeyFigure employees = sector.keyFigures().getFirst();
        assertThat(employees.label()).isEqualTo(LocalizedText.of("de", "Beschäftigte", "en", "Employees"));
        assertThat(employees.value()).isEqualTo(new BigDecimal("70000"));
        assertThat(employees.approximate()).isTrue();
        assertThat(employees.unit()).contains(LocalizedText.of("de", "Personen", "en", "people"));
        assertThat(employees.year()).isEqualTo(OptionalInt.of(2024));
        assertThat(employees.source().orElseThrow().title())
                .isEqualTo(LocalizedText.of("de", "Statistikamt Nord", "en", "Statistics Office North"));
        assertThat(employees.source().orElseThrow().url()).contains(URI.create(
                "https://statistik.example.org/tabelle?id=3&jahr=2024#beschaeftigte"));
        KeyFigure share = sector.keyFigures().get(1);
        assertThat(share.value()).isEqualTo(new BigDecimal("-2.75"));
        assertThat(share.approximate()).isFalse();
        assertThat(share.unit()).contains(LocalizedText.of("%"));
        assertThat(share.source().orElseThrow().url()).isEmpty();
        assertThat(region.sector("energy").orElseThrow().keyFigures()).isEmpty();

        Organisation port = region.organisation("port-one").orElseThrow();
        assertThat(port.name()).isEqualTo(LocalizedText.of("de", "Hafen Eins", "en", "Port One"));
        assertThat(port.type()).isEqualTo(OrganisationType.PUBLIC_BODY);
        assertThat(port.legalForm()).contains("GmbH & Co. KG");
        assertThat(port.sectorIds()).containsExactly("logistics-maritime", "energy");
        assertThat(port.mainSectorId()).isEqualTo("logistics-maritime");
        assertThat(port.city()).contains("Bremerhaven");
        assertThat(port.website()).contains(URI.create("http://port-one.example.org:8080/de/start.html"));
        assertThat(port.description().map(Prose::source)).contains(LocalizedText.of(
                "de", "Der Hafen schlägt Güter aller Art um.", "en", "The port handles goods of every kind."));
        assertThat(port.tags()).containsExactly("ports", "logistics", "2024");
        assertThat(region.organisationsOf("energy")).containsExactly(port);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsChangeNothing() {
        Region plain = load("every-optional-absent");
        assertThat(load("byte-order-mark")).isEqualTo(plain);
        String text = new String(Corpus.yaml(Corpus.VALID, "every-optional-absent"), StandardCharsets.UTF_8);
        String windows = "\uFEFF" + text.replace("\n", "\r\n");
        LoadResult fromBytes = RegionLoader.defaults()
                .read(new ByteArrayInputStream(windows.getBytes(StandardCharsets.UTF_8)), "windows.yaml");
        assertThat(fromBytes.problems()).isEmpty();
        assertThat(fromBytes.region()).contains(plain);
        assertThat(RegionLoader.defaults().load(windows, "windows.yaml")).isEqualTo(plain);
    }

    @Test
    void unicodeRoundTripsUnchanged() {
        Region region = load("unicode");
        assertThat(region.name().everyLanguage())
                .contains("Gr\u00f6\u00dfere Region \u201eWeser\u2013Ems\u201c \u2013 \u2018Weser\u2013Ems\u2019 region");
        assertThat(region.summary().orElseThrow().source().byLanguage()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "de", "Stra\u00dfe, \u00d6l, \u00c4rger, \u00dcbersee \u2013 \u201eAnf\u00fchrungszeichen\u201c"
                        + " \u201aeinfach\u2018 \u00abGuillemets\u00bb \u00bbumgekehrt\u00ab",
                "ar", "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645 \u0641\u064a \u0627\u0644\u0645\u0646\u0637\u0642\u0629",
                "he", "\u05d1\u05e8\u05d5\u05db\u05d9\u05dd \u05d4\u05d1\u05d0\u05d9\u05dd \u05dc\u05d0\u05d6\u05d5\u05e8",
                "en", "The \u2018Weser\u2013Ems\u2019 region, it's \u201cbig\u201d"));
        Sector sector = region.sectors().getFirst();
        assertThat(sector.name().everyLanguage()).contains("\uD83D\uDEA2 H\u00e4fen & \u2693 Anker");
        assertThat(sector.summary().source().everyLanguage().orElseThrow()).isEqualTo(
                "Familie: \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66, Flagge: \uD83C\uDDE9\uD83C\uDDEA,"
                        + " Hautton: \uD83D\uDC4D\uD83C\uDFFD, kombiniert: e\u0301 (e + U+0301), CJK: \u6e2f\u53e3\u7269\u6d41,"
                        + " Mathe: \uD835\uDD38\uD835\uDD39\u2102\n"
                        + "Zweite Zeile mit Tab:\tgesch\u00fctzt durch den Block.\n");
        Organisation organisation = region.organisations().getFirst();
        assertThat(organisation.name().everyLanguage()).contains("\u05de\u05db\u05d5\u05df \u0627\u0644\u0645\u0639\u0647\u062f Institut");
        assertThat(organisation.city()).contains("O\u015brodek \u0141\u00f3d\u017a");
        assertThat(organisation.tags()).containsExactly("\u00df", "\u00c6\u00d8\u00c5", "\u00e9 escaped \u00e9");
    }

    @Test
    void yamlWordsThatOlderYamlWouldConvertStayTheTextWritten() {
        Region region = load("yaml-words-stay-text");
        assertThat(region.name()).isEqualTo(LocalizedText.of("NO"));
        assertThat(region.sectors().getFirst().name()).isEqualTo(LocalizedText.of("yes"));
        assertThat(region.sectors().getFirst().summary().source()).isEqualTo(LocalizedText.of("on"));
        Organisation organisation = region.organisations().getFirst();
        assertThat(organisation.name()).isEqualTo(LocalizedText.of("Off"));
        assertThat(organisation.legalForm()).contains("n");
        assertThat(organisation.city()).contains("017");
        assertThat(organisation.tags()).containsExactly("y", "N", "True?", "1_000", "0x1F", "1e3 tons");
    }

    @Test
    void jsonIsYamlToo() {
        Region region = load("json-syntax");
        KeyFigure figure = region.sectors().getFirst().keyFigures().getFirst();
        assertThat(figure.value()).isEqualByComparingTo("1500");
        assertThat(figure.value().scale()).isZero();
        assertThat(figure.year()).isEqualTo(OptionalInt.of(2020));
        assertThat(region.organisations().getFirst().tags()).isEqualTo(List.of());
        assertThat(region.organisations().getFirst().website()).isEqualTo(Optional.empty());
    }

    @Test
    void documentMarkersDirectivesAndCommentsAreAccepted() {
        Region region = load("document-markers-and-comments");
        assertThat(region.sectors().getFirst().name()).isEqualTo(LocalizedText.of("Logistics"));
        assertThat(region.sectors().getFirst().summary().source()).isEqualTo(LocalizedText.of("Ports # and warehouses"));
    }

    @Test
    void formatOneOneReadsQualifiersAndRichText() {
        Region region = load("rich-text-1-1");
        Sector sector = region.sectors().getFirst();
        assertThat(sector.keyFigures().getFirst().qualifier()).contains(Qualifier.ABOUT);
        assertThat(sector.keyFigures().getFirst().approximate()).isFalse();
        assertThat(sector.keyFigures().get(1).qualifier()).isEmpty();
        assertThat(sector.keyFigures().get(1).value()).isEqualByComparingTo("12.50").hasScaleOf(2);

        RichText summary = region.resolve(sector.summary(), "en").text();
        assertThat(summary.blocks()).hasSize(3);
        assertThat(summary.blocks().get(0)).isEqualTo(new RichText.Paragraph(List.of(
                new RichText.Text("First paragraph with "),
                new RichText.Strong(List.of(new RichText.Text("strong"))),
                new RichText.Text(" and "),
                new RichText.Emphasis(List.of(new RichText.Text("emphasised"))),
                new RichText.Text(" words, wrapped over two lines."))));
        RichText.BulletList list = (RichText.BulletList) summary.blocks().get(1);
        assertThat(list.items()).hasSize(2);
        assertThat(list.items().get(0)).containsExactly(new RichText.Paragraph(List.of(
                new RichText.Text("one item with "),
                new RichText.Link(URI.create("https://example.org/report"), List.of(new RichText.Text("a link"))))));
        assertThat(RichText.plainText(((RichText.Paragraph) list.items().get(1).getFirst()).inlines()))
                .isEqualTo("another with mail (mailto:info@example.org)");
        // What the subset does not allow stays the text it was written as.
        assertThat(summary.blocks().get(2)).isEqualTo(RichText.Paragraph.of(
                "<b>raw HTML</b>, `code`, ![image](https://example.org/i.png), # no heading, 1. no ordered list"));
        assertThat(region.resolve(region.summary().orElseThrow(), "de").text().blocks()).containsExactly(
                new RichText.Paragraph(List.of(new RichText.Text("Ein "),
                        new RichText.Emphasis(List.of(new RichText.Text("kurzer"))), new RichText.Text(" Satz."))));
    }
}
