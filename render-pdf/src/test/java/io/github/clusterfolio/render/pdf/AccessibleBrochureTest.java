package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.LanguageCopies;
import io.github.clusterfolio.render.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every brochure is a tagged PDF that passes PDF/UA-1, checked by tools nobody here wrote: veraPDF's PDF/UA-1
 * (and PDF/A-2) profiles, and the structure read back with PDFBox (reading order, headings, links, artifacts).
 */
class AccessibleBrochureTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theBundledBrochurePassesPdfUa1(String language) throws Exception {
        byte[] pdf = Brochures.nordwest(language);
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
            assertThat(read.violations()).isEmpty();
            assertThat(read.document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyGlyphOfRealContentIsInTheStructureExactlyOnce(String language) throws Exception {
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(Brochures.nordwest(language))) {
            String structure = read.structure().stream().map(TaggedPdfReadBack.StructNode::text)
                    .collect(Collectors.joining());
            // The page flow is drawn in layers (text, then tables), so drawing order is not reading order;
            // what must hold is that the structure has every drawn glyph that is not decoration, once.
            assertThat(sortedGlyphs(structure)).isEqualTo(sortedGlyphs(read.contentText()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void eachChapterReadsAsItsPagesShowIt(String language) throws Exception {
        byte[] pdf = Brochures.nordwest(language);
        try (TaggedPdfReadBack tagged = new TaggedPdfReadBack(pdf); PdfReadBack pages = new PdfReadBack(pdf)) {
            List<String> chapters = headings(tagged.structure(), "H1");
            List<String> expected = new ArrayList<>();
            expected.add(language.equals("de") ? "Inhalt" : "Contents");
            expected.add(language.equals("de") ? "Überblick" : "Overview");
            NordwestFixture.region().sectors().forEach(sector -> expected.add(text(sector.name(), language)));
            expected.add(language.equals("de") ? "Register A–Z" : "Index A–Z");
            assertThat(chapters).containsExactlyElementsOf(expected);

            // A sector chapter is one column from top to bottom: read in structure order, it says what its
            // pages say read line by line, running heads and feet aside.
            Map<String, Integer> outline = pages.outline();
            List<Integer> starts = new ArrayList<>(outline.entrySet().stream()
                    .filter(entry -> !entry.getKey().startsWith(" ")).map(Map.Entry::getValue).toList());
            starts.add(pages.pageCount() + 1);
            // One Sect per part: the cover, the contents, the overview, the sectors, the register.
            List<String> inStructure = sectionTexts(tagged.structure());
            assertThat(inStructure).hasSize(expected.size() + 1);
            for (int sector = 0; sector < NordwestFixture.region().sectors().size(); sector++) {
                int chapter = sector + 2;
                StringBuilder shown = new StringBuilder();
                for (int page = starts.get(chapter); page < starts.get(chapter + 1); page++) {
                    List<String> lines = pages.rawText(page).lines().toList();
                    lines.subList(1, lines.size() - 1).forEach(shown::append);
                }
                assertThat(comparable(inStructure.get(chapter + 1))).as(expected.get(chapter))
                        .isEqualTo(comparable(shown.toString()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everySectorIsAChapterAndEveryOrganisationAHeadingBelowIt(String language) throws Exception {
        Region region = NordwestFixture.region();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(Brochures.nordwest(language))) {
            List<TaggedPdfReadBack.StructNode> nodes = read.structure();
            List<String> h1 = textsOf(nodes, "H1");
            List<String> h3 = textsOf(nodes, "H3");
            for (Sector sector : region.sectors()) {
                assertThat(h1).contains(text(sector.name(), language));
            }
            for (Organisation organisation : region.organisations()) {
                assertThat(h3).contains(TaggedPdfReadBack.collapse(text(organisation.name(), language)));
            }
            assertThat(textsOf(nodes, "H2")).isNotEmpty();
            // Key figures are tables whose labels are row headers; the overview's headers are column headers.
            assertThat(nodes).anySatisfy(node -> assertThat(node.attributes()).containsEntry("Scope", "Row"));
            assertThat(nodes).anySatisfy(node -> assertThat(node.attributes()).containsEntry("Scope", "Column"));
            assertThat(nodes.stream().map(TaggedPdfReadBack.StructNode::role))
                    .contains("TOC", "TOCI", "Table", "TR", "TH", "TD", "L", "LI", "LBody", "Index", "Link");
            // The register: an Index per letter that holds only links, one per organisation.
            List<String> inIndex = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i).role().equals("Index")) {
                    int depth = nodes.get(i).depth();
                    for (int j = i + 1; j < nodes.size() && nodes.get(j).depth() > depth; j++) {
                        inIndex.add(nodes.get(j).role());
                    }
                }
            }
            assertThat(inIndex).hasSize(region.organisations().size()).containsOnly("Link");
            // Letter-spaced capitals are read as words.
            assertThat(nodes).anySatisfy(node -> assertThat(node.attributes()).containsEntry("ActualText",
                    language.equals("de") ? "Kennzahlen" : "Key figures"));
        }
    }

    @Test
    void theChartIsAFigureWhoseAlternativeTextGivesEveryValue() throws Exception {
        Region region = ChartRegion.withSharedFigure();
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, "en", new ArrayList<>());
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
            assertThat(read.violations()).isEmpty();
            assertThat(read.structure()).filteredOn(node -> node.role().equals("Figure"))
                    .singleElement()
                    .satisfies(figure -> assertThat(figure.attributes().get("Alt"))
                            .startsWith("Bar chart: Employees by sector")
                            .contains("Logistics 34,000").contains("Automotive 12,500"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PDF_A_2B", "PDF_A_2A"})
    void archivalBrochuresAreTaggedAndPassTheirOwnProfileAndPdfUa1(PdfConformance conformance) throws Exception {
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().conformance(conformance).build(),
                NordwestFixture.region(), "de", new ArrayList<>());
        PDFAFlavour archival = conformance == PdfConformance.PDF_A_2A ? PDFAFlavour.PDFA_2_A : PDFAFlavour.PDFA_2_B;
        assertThat(VeraPdf.validate(pdf, archival).failedRules()).isEmpty();
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
            assertThat(read.violations()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("io.github.clusterfolio.render.text.LabelCatalog#BUNDLED_LANGUAGES")
    void aBrochureInEachBundledLanguagePassesPdfUa1AndNamesItsLanguage(String language) throws Exception {
        Region region = LanguageCopies.copiedInto(NordwestFixture.region(), language.equals("de") ? "en" : "de", language);
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, language, new ArrayList<>());
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
    }

    @Test
    void anA5BrochureWithBleedAndALogoPassesPdfUa1AndTheLogoIsAFigure(@TempDir Path folder) throws Exception {
        Theme d = Theme.DEFAULT;
        Theme theme = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(),
                Optional.of(logo(folder)), Theme.PageSize.A5, d.margins(), 3);
        for (String language : List.of("de", "en")) {
            byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().theme(theme).build(),
                    NordwestFixture.region(), language, new ArrayList<>());
            assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).as(language).isEmpty();
            try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
                assertThat(read.violations()).as(language).isEmpty();
                assertThat(read.structure()).filteredOn(node -> node.role().equals("Figure"))
                        .singleElement()
                        .satisfies(figure -> assertThat(figure.attributes().get("Alt"))
                                .isEqualTo("Logo: " + text(NordwestFixture.region().name(), language)));
            }
        }
    }

    @Test
    void aThemeCanSayWhatItsLogoShows(@TempDir Path folder) throws Exception {
        Theme d = Theme.DEFAULT;
        Theme theme = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(),
                Optional.of(logo(folder)), Optional.of(LocalizedText.of(Map.of("de", "Wortmarke der Metropolregion"))),
                d.pageSize(), d.margins(), 0);
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().theme(theme).build(), NordwestFixture.region(),
                "en", new ArrayList<>());
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
            // Only German is given: the English brochure says it in German, and says that it is German.
            assertThat(read.structure()).filteredOn(node -> node.role().equals("Figure")).singleElement()
                    .satisfies(figure -> assertThat(figure.attributes())
                            .containsEntry("Alt", "Wortmarke der Metropolregion").containsEntry("Lang", "de"));
        }
    }

    @Test
    void aFallbackTextIsMarkedWithItsLanguage() throws Exception {
        // The bundled region written only in German, rendered in English: every text falls back.
        Region region = ChartRegion.germanOnly();
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, "en", new ArrayList<>());
        assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).isEmpty();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
            assertThat(read.document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(read.structure()).filteredOn(node -> "de".equals(node.attributes().get("Lang")))
                    .extracting(TaggedPdfReadBack.StructNode::text)
                    .anySatisfy(text -> assertThat(text).contains("Zwei Vereine"));
        }
    }

    @Test
    void theWindowShowsTheTitleAndEveryGlyphHasUnicode() throws Exception {
        try (PdfReadBack read = new PdfReadBack(Brochures.nordwest("de"))) {
            assertThat(read.document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(read.document.getDocumentInformation().getTitle()).startsWith("Metropolregion Nordwest");
            read.fonts().forEach((font, embedded) -> assertThat(embedded).as(font).isTrue());
            for (var page : read.document.getPages()) {
                assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
            }
        }
    }

    /** A 240 × 90 pixel PNG in {@code folder}, for a theme's logo. */
    private static Path logo(Path folder) throws java.io.IOException {
        Path logo = folder.resolve("logo.png");
        ImageIO.write(new BufferedImage(240, 90, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        return logo;
    }

    /** The texts of the elements with {@code role}, in structure order. */
    private static List<String> headings(List<TaggedPdfReadBack.StructNode> nodes, String role) {
        return textsOf(nodes, role);
    }

    /**
     * The text of each part of the document (each Sect below the Document element) in structure order, as
     * assistive technology reads it: an element's actual text where it has one, else the text of its content.
     */
    private static List<String> sectionTexts(List<TaggedPdfReadBack.StructNode> nodes) {
        List<String> chapters = new ArrayList<>();
        StringBuilder current = null;
        int replacedBelow = Integer.MAX_VALUE;
        for (TaggedPdfReadBack.StructNode node : nodes) {
            if (node.depth() <= replacedBelow) {
                replacedBelow = Integer.MAX_VALUE;
            } else {
                continue;
            }
            if (node.role().equals("Sect") && node.depth() == 1) {
                if (current != null) {
                    chapters.add(current.toString());
                }
                current = new StringBuilder();
            }
            if (current == null) {
                continue;
            }
            String actual = node.attributes().get("ActualText");
            if (actual != null) {
                current.append(actual);
                replacedBelow = node.depth();
            } else if (node.text() != null) {
                current.append(node.text());
            }
        }
        if (current != null) {
            chapters.add(current.toString());
        }
        return chapters;
    }

    /** Text without white space and case, for comparing words whose spacing and capitals differ by design. */
    private static String comparable(String text) {
        return withoutSpaces(text).toLowerCase(java.util.Locale.ROOT);
    }

    private static String sortedGlyphs(String text) {
        return withoutSpaces(text).codePoints().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<String> textsOf(List<TaggedPdfReadBack.StructNode> nodes, String role) {
        return nodes.stream().filter(node -> node.role().equals(role)).map(TaggedPdfReadBack.StructNode::text)
                .map(TaggedPdfReadBack::collapse).toList();
    }

    private static String text(LocalizedText text, String language) {
        return NordwestFixture.region().text(text, language);
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }
}
