package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDestinationDictionary;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins what the bundled brochure says and where it leads, read back with PDFBox: page count, document
 * properties, the boxes and text of every page, the bookmarks (title, nesting, target page), the link
 * targets on every page (web addresses, and the page an internal link goes to) and the named destinations. The golden files under
 * {@code src/test/resources/golden/brochure/} are plain text so that a change shows up as a readable diff.
 *
 * <p>Layout refactorings must leave them identical. {@code -Dgolden.update=true} rewrites them on purpose;
 * review the diff before committing.
 */
class BrochureGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "brochure");

    static Stream<Arguments> brochures() {
        Theme d = Theme.DEFAULT;
        // The print-shop variant of PrintOptionsTest: A4 with 3 mm bleed, trim and bleed boxes, crop marks.
        Theme bleed = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.empty(),
                Theme.PageSize.A4, d.margins(), 3);
        return Stream.of(
                Arguments.of("nordwest-de", (Supplier<byte[]>) () -> Brochures.nordwest("de")),
                Arguments.of("nordwest-en", (Supplier<byte[]>) () -> Brochures.nordwest("en")),
                Arguments.of("nordwest-de-a4-bleed3", (Supplier<byte[]>) () -> Brochures.render(
                        PdfBrochureRenderer.builder().theme(bleed).build(), NordwestFixture.region(), "de",
                        new ArrayList<>())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brochures")
    void brochureMatchesItsGoldenFile(String name, Supplier<byte[]> pdf) throws IOException {
        String actual;
        try (PdfReadBack read = new PdfReadBack(pdf.get())) {
            actual = describe(read);
        }
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (run with -Dgolden.update=true to create it)", golden).exists();
        assertThat(actual).as("%s differs from %s", name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /** The brochure as reviewable text: one section for the document, one per page, one for the bookmarks. */
    static String describe(PdfReadBack read) throws IOException {
        StringBuilder out = new StringBuilder();
        PDDocumentInformation info = read.document.getDocumentInformation();
        out.append("pages: ").append(read.pageCount()).append('\n');
        out.append("title: ").append(info.getTitle()).append('\n');
        out.append("author: ").append(info.getAuthor()).append('\n');
        out.append("subject: ").append(info.getSubject()).append('\n');
        out.append("keywords: ").append(info.getKeywords()).append('\n');
        out.append("language: ").append(read.document.getDocumentCatalog().getLanguage()).append('\n');
        for (int page = 1; page <= read.pageCount(); page++) {
            out.append("\n=== page ").append(page).append(" ===\n");
            out.append(boxes(read.document.getPage(page - 1))).append('\n');
            for (String line : read.rawText(page).split("\\R")) {
                // Trailing blanks are an artefact of extraction, not something a reader sees.
                String visible = line.stripTrailing();
                if (!visible.isEmpty()) {
                    out.append(visible).append('\n');
                }
            }
            List<String> links = links(read, page);
            if (!links.isEmpty()) {
                out.append("--- links ---\n");
                links.forEach(link -> out.append(link).append('\n'));
            }
        }
        out.append("\n=== bookmarks ===\n");
        bookmarks(read, read.document.getDocumentCatalog().getDocumentOutline(), "", out);
        out.append("\n=== named destinations ===\n");
        for (String name : namedDestinations(read)) {
            out.append(name).append(" → ").append(destination(read, new PDNamedDestination(name))
                    .replaceFirst("^.* → ", "")).append('\n');
        }
        return out.toString();
    }

    /** The page's boxes in points, one decimal: the print variants differ here and nowhere else. */
    private static String boxes(PDPage page) {
        StringBuilder boxes = new StringBuilder("boxes: media ").append(box(page.getMediaBox()));
        if (page.getCOSObject().containsKey(COSName.TRIM_BOX)) {
            boxes.append(" trim ").append(box(page.getTrimBox()));
        }
        if (page.getCOSObject().containsKey(COSName.BLEED_BOX)) {
            boxes.append(" bleed ").append(box(page.getBleedBox()));
        }
        return boxes.toString();
    }

    private static String box(PDRectangle box) {
        return String.format(Locale.ROOT, "[%.1f %.1f %.1f %.1f]", box.getLowerLeftX(), box.getLowerLeftY(),
                box.getUpperRightX(), box.getUpperRightY());
    }

    /** The document's named destinations, sorted, from the name tree or the catalog's /Dests dictionary. */
    private static List<String> namedDestinations(PdfReadBack read) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        PDDocumentNameDictionary tree = read.document.getDocumentCatalog().getNames();
        if (tree != null && tree.getDests() != null) {
            collect(tree.getDests(), names);
        }
        PDDocumentNameDestinationDictionary dests = read.document.getDocumentCatalog().getDests();
        if (dests != null) {
            dests.getCOSObject().keySet().forEach(key -> names.add(key.getName()));
        }
        return new ArrayList<>(names);
    }

    private static void collect(PDNameTreeNode<PDPageDestination> node, TreeSet<String> names) throws IOException {
        if (node.getNames() != null) {
            names.addAll(node.getNames().keySet());
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
                collect(kid, names);
            }
        }
    }

    /** Every link annotation on a page (1-based), in the order of the page's annotations. */
    private static List<String> links(PdfReadBack read, int page) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDAnnotation annotation : read.document.getPage(page - 1).getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link)) {
                continue;
            }
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri) {
                links.add("uri " + uri.getURI());
            } else if (action instanceof PDActionGoTo goTo) {
                links.add("goto " + destination(read, goTo.getDestination()));
            } else if (action == null && link.getDestination() != null) {
                links.add("dest " + destination(read, link.getDestination()));
            } else {
                links.add("other " + (action == null ? "none" : action.getCOSObject().getNameAsString(COSName.S)));
            }
        }
        return links;
    }

    /** A destination as "name → p. N" for a named one, or "p. N" for an explicit page. */
    private static String destination(PdfReadBack read, PDDestination destination) throws IOException {
        if (destination instanceof PDNamedDestination named) {
            PDPageDestination resolved = read.document.getDocumentCatalog().findNamedDestinationPage(named);
            return named.getNamedDestination() + " → " + page(read, resolved);
        }
        if (destination instanceof PDPageDestination explicit) {
            return page(read, explicit);
        }
        return String.valueOf(destination);
    }

    private static String page(PdfReadBack read, PDPageDestination destination) {
        if (destination == null) {
            return "unresolved";
        }
        PDPage page = destination.getPage();
        int number = page != null ? read.document.getPages().indexOf(page) + 1 : destination.getPageNumber() + 1;
        return "p. " + number;
    }

    /** Bookmarks depth first, children indented by two spaces, each with the page it leads to. */
    private static void bookmarks(PdfReadBack read, PDOutlineNode node, String indent, StringBuilder out)
            throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(read.document);
            out.append(indent).append(item.getTitle()).append(" → ")
                    .append(page == null ? "none" : "p. " + (read.document.getPages().indexOf(page) + 1))
                    .append('\n');
            bookmarks(read, item, indent + "  ", out);
        }
    }
}
