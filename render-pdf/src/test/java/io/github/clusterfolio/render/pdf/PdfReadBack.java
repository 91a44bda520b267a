package io.github.clusterfolio.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A brochure read back with PDFBox, an independent parser: the text of each page, the bookmarks with the
 * pages they lead to, the web links per page and every font with whether it is embedded.
 */
final class PdfReadBack implements AutoCloseable {
    final PDDocument document;
    private final List<String> pages = new ArrayList<>();

    PdfReadBack(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        PDFTextStripper stripper = new PDFTextStripper();
        // Text in reading order by position: page numbers are drawn from templates, outside the text flow.
        stripper.setSortByPosition(true);
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** The text of a page (1-based), with white space (non-breaking spaces too) collapsed to single spaces. */
    String text(int page) {
        return normalise(pages.get(page - 1));
    }

    /** The text of the left or right half of a page (1-based), normalised; for two-column pages. */
    String half(int page, boolean left) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDPage pdPage = document.getPage(page - 1);
        float width = pdPage.getMediaBox().getWidth();
        float height = pdPage.getMediaBox().getHeight();
        stripper.addRegion("half", new java.awt.geom.Rectangle2D.Float(left ? 0 : width / 2, 0, width / 2, height));
        stripper.extractRegions(pdPage);
        return normalise(stripper.getTextForRegion("half"));
    }

    /** The text of a page as extracted, with its line breaks. */
    String rawText(int page) {
        return pages.get(page - 1);
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Bookmarks, depth first: title and the 1-based page they lead to; children are indented by two spaces. */
    Map<String, Integer> outline() throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        if (document.getDocumentCatalog().getDocumentOutline() == null) {
            return entries;
        }
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            collect(item, "", entries);
        }
        return entries;
    }

    private void collect(PDOutlineItem item, String indent, Map<String, Integer> entries) throws IOException {
        PDPage page = item.findDestinationPage(document);
        entries.put(indent + item.getTitle(), page == null ? -1 : document.getPages().indexOf(page) + 1);
        for (PDOutlineItem child : item.children()) {
            collect(child, indent + "  ", entries);
        }
    }

    /** The targets of the web links on a page (1-based). */
    List<String> webLinks(int page) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                links.add(uri.getURI());
            }
        }
        return links;
    }

    /** Every font used on any page or in any form XObject, by name, with whether it is embedded. */
    Map<String, Boolean> fonts() throws IOException {
        Map<String, Boolean> fonts = new LinkedHashMap<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void fonts(PDResources resources, Map<String, Boolean> fonts, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.merge(font.getName(), font.isEmbedded(), Boolean::logicalAnd);
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
