package io.github.clusterfolio.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Small tagged PDFs written with PDFBox, for testing the checkers rather than the brochure: one well-formed sample
 * (two pages, a role-mapped heading, a paragraph with a link, a figure drawn from a form XObject, a German paragraph,
 * a table with a scoped header cell, running header and page number as artifacts, Liberation Sans embedded), and the
 * same sample with one {@link Defect} each.
 *
 * <p>Structure: {@code Document} → {@code Heading1} (role-mapped to {@code H1}) "Chapter One", {@code P} "Read the
 * guide at" + {@code Link} "example.org" + "today.", {@code Figure} (Alt "A red square") | page 2: {@code H1} "Chapter
 * Two", {@code P} (Lang de-DE) "Guten Tag", {@code Table} → {@code TR} → {@code TH} (Scope Column) "Name",
 * {@code TR} → {@code TD} "Ada".
 */
final class TaggedPdfSamples {
    static final String LINK_URI = "https://example.org/guide";
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final String FONT = "/liberation/LiberationSans-Regular.ttf";

    /** One thing wrong with the sample. */
    enum Defect {
        TEXT_OUTSIDE_MARKED_CONTENT,
        RULE_OUTSIDE_MARKED_CONTENT,
        FORM_DRAWN_OUTSIDE_MARKED_CONTENT,
        MCID_NOT_IN_TREE,
        SPAN_WITHOUT_MCID,
        LINK_IN_P_NOT_LINK,
        LINK_WITHOUT_STRUCT_PARENT,
        LINK_WITHOUT_CONTENTS,
        NO_LANG,
        NOT_MARKED,
        NO_DISPLAY_DOC_TITLE,
        NO_TABS_ON_THE_LINK_PAGE,
        NO_PDFUA_ID
    }

    private TaggedPdfSamples() {}

    /** The well-formed sample. */
    static byte[] wellTagged() throws IOException {
        return tagged(EnumSet.noneOf(Defect.class));
    }

    /** The sample with the given defects. */
    static byte[] tagged(Set<Defect> defects) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, defects).write();
            return bytes(document);
        }
    }

    /** One page of text in a non-embedded standard font, with no structure, language or metadata at all. */
    static byte[] untagged() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 500);
                content.showText("Untagged text");
                content.endText();
            }
            return bytes(document);
        }
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Writes one sample: content streams and structure side by side, so that each MCID is where the tree says. */
    private static final class Writer {
        private final PDDocument document;
        private final Set<Defect> defects;
        private final COSDictionary structTreeRoot = new COSDictionary();
        private final COSArray nums = new COSArray();
        private PDFont font;

        Writer(PDDocument document, Set<Defect> defects) {
            this.document = document;
            this.defects = defects;
        }

        void write() throws IOException {
            document.setVersion(1.7f);
            // Liberation Sans from openpdf-fonts-extra: embedded, so that the sample can pass PDF/UA-1.
            try (InputStream ttf = TaggedPdfSamples.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(document, ttf);
            }
            catalog();
            COSDictionary root = element("Document", structTreeRoot, null);
            COSDictionary roleMap = new COSDictionary();
            roleMap.setName("Heading1", "H1");
            structTreeRoot.setItem(COSName.ROLE_MAP, roleMap);
            pageOne(root);
            pageTwo(root);
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            structTreeRoot.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            structTreeRoot.setItem(COSName.PARENT_TREE, parentTree);
            structTreeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, 3);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, structTreeRoot);
        }

        private void catalog() throws IOException {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            if (!defects.contains(Defect.NO_LANG)) {
                document.getDocumentCatalog().setLanguage("en-GB");
            }
            COSDictionary markInfo = new COSDictionary();
            markInfo.setItem(COSName.getPDFName("Marked"), COSBoolean.getBoolean(!defects.contains(Defect.NOT_MARKED)));
            catalog.setItem(COSName.MARK_INFO, markInfo);
            PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
            viewer.setDisplayDocTitle(!defects.contains(Defect.NO_DISPLAY_DOC_TITLE));
            document.getDocumentCatalog().setViewerPreferences(viewer);
            document.getDocumentInformation().setTitle("Tagged sample");
            Calendar date = new GregorianCalendar(2026, Calendar.NOVEMBER, 30, 6, 0, 0);
            date.setTimeZone(TimeZone.getTimeZone("UTC"));
            document.getDocumentInformation().setCreationDate(date);
            String part = defects.contains(Defect.NO_PDFUA_ID) ? "" : "<pdfuaid:part>1</pdfuaid:part>";
            String xmp = """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                          xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                       <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Tagged sample</rdf:li></rdf:Alt></dc:title>
                       %s
                      </rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(part);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
        }

        private void pageOne(COSDictionary root) throws IOException {
            PDPage page = page(!defects.contains(Defect.NO_TABS_ON_THE_LINK_PAGE));
            COSArray parents = new COSArray();
            COSDictionary heading = element("Heading1", root, page);
            COSDictionary paragraph = element("P", root, page);
            COSDictionary figure = element("Figure", root, page);
            figure.setString(COSName.ALT, "A red square");
            PDFormXObject square = square();
            COSDictionary link;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                artifactHeader(content, "Running header", 1);
                text(content, COSName.getPDFName("H1"), 0, "Chapter One", 50, 500, 18, heading, parents);
                text(content, COSName.P, 1, "Read the guide at ", 50, 460, 12, paragraph, parents);
                // The Link element sits inside the paragraph, between its two pieces of text.
                link = element("Link", paragraph, null);
                // The link's MCID is referenced by an explicit MCR, the other two by bare integers.
                text(content, COSName.getPDFName("Link"), 2, "example.org", 154, 460, 12, null, parents);
                addKid(link, markedContentReference(page, 2));
                parents.add(link);
                text(content, COSName.P, 3, " today.", 220, 460, 12, paragraph, parents);
                if (defects.contains(Defect.FORM_DRAWN_OUTSIDE_MARKED_CONTENT)) {
                    content.drawForm(square);
                    content.beginMarkedContent(COSName.getPDFName("Figure"), 4);
                } else {
                    content.beginMarkedContent(COSName.getPDFName("Figure"), 4);
                    content.drawForm(square);
                }
                content.endMarkedContent();
                addKid(figure, COSInteger.get(4));
                parents.add(figure);
                if (defects.contains(Defect.MCID_NOT_IN_TREE)) {
                    text(content, COSName.P, 5, "Orphan", 50, 300, 12, null, new COSArray());
                }
                if (defects.contains(Defect.TEXT_OUTSIDE_MARKED_CONTENT)) {
                    show(content, "Stray", 50, 280, 12);
                }
            }
            page.setStructParents(0);
            nums.add(COSInteger.get(0));
            nums.add(parents);
            linkAnnotation(page, defects.contains(Defect.LINK_IN_P_NOT_LINK) ? paragraph : link);
        }

        private void pageTwo(COSDictionary root) throws IOException {
            PDPage page = page(true);
            COSArray parents = new COSArray();
            COSDictionary heading = element("H1", root, page);
            COSDictionary german = element("P", root, page);
            german.setString(COSName.LANG, "de-DE");
            COSDictionary table = element("Table", root, page);
            COSDictionary headerCell = element("TH", element("TR", table, null), null);
            COSDictionary scope = new COSDictionary();
            scope.setName(COSName.O, "Table");
            scope.setName(COSName.getPDFName("Scope"), "Column");
            headerCell.setItem(COSName.A, scope);
            COSDictionary dataCell = element("TD", element("TR", table, null), null);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                artifactHeader(content, "Running header", 2);
                text(content, COSName.getPDFName("H1"), 0, "Chapter Two", 50, 500, 18, heading, parents);
                if (defects.contains(Defect.SPAN_WITHOUT_MCID)) {
                    content.beginMarkedContent(COSName.getPDFName("Span"));
                    show(content, "Loose", 50, 480, 12);
                    content.endMarkedContent();
                }
                text(content, COSName.P, 1, "Guten Tag", 50, 460, 12, german, parents);
                text(content, COSName.getPDFName("TH"), 2, "Name", 50, 420, 12, headerCell, parents);
                text(content, COSName.getPDFName("TD"), 3, "Ada", 50, 400, 12, dataCell, parents);
            }
            page.setStructParents(1);
            nums.add(COSInteger.get(1));
            nums.add(parents);
        }

        private PDPage page(boolean tabs) {
            PDPage page = new PDPage(PDRectangle.A5);
            if (tabs) {
                page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            }
            document.addPage(page);
            return page;
        }

        /** The running header and page number, and a rule below them, all as a pagination artifact. */
        private void artifactHeader(PDPageContentStream content, String header, int number) throws IOException {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Pagination");
            content.beginMarkedContent(ARTIFACT, PDPropertyList.create(properties));
            show(content, header, 50, 560, 9);
            show(content, Integer.toString(number), 370, 560, 9);
            if (!defects.contains(Defect.RULE_OUTSIDE_MARKED_CONTENT)) {
                rule(content);
            }
            content.endMarkedContent();
            if (defects.contains(Defect.RULE_OUTSIDE_MARKED_CONTENT) && number == 1) {
                rule(content);
            }
        }

        private static void rule(PDPageContentStream content) throws IOException {
            content.moveTo(50, 550);
            content.lineTo(370, 550);
            content.stroke();
        }

        /** A marked-content sequence with an MCID holding one text run, and the element's reference to it. */
        private void text(PDPageContentStream content, COSName tag, int mcid, String text, float x, float y,
                float size, COSDictionary element, COSArray parents) throws IOException {
            content.beginMarkedContent(tag, mcid);
            show(content, text, x, y, size);
            content.endMarkedContent();
            if (element != null) {
                addKid(element, COSInteger.get(mcid));
                parents.add(element);
            }
        }

        private void show(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        private PDFormXObject square() throws IOException {
            PDFormXObject form = new PDFormXObject(document);
            form.setBBox(new PDRectangle(0, 0, 400, 600));
            form.setResources(new PDResources());
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                content.addRect(50, 340, 80, 80);
                content.fill();
            }
            return form;
        }

        private void linkAnnotation(PDPage page, COSDictionary parent) throws IOException {
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(new PDRectangle(154, 455, 62, 16));
            PDActionURI action = new PDActionURI();
            action.setURI(LINK_URI);
            annotation.setAction(action);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            annotation.setPrinted(true);
            if (!defects.contains(Defect.LINK_WITHOUT_CONTENTS)) {
                annotation.setContents("Link to the guide on example.org");
            }
            if (!defects.contains(Defect.LINK_WITHOUT_STRUCT_PARENT)) {
                annotation.setStructParent(2);
                nums.add(COSInteger.get(2));
                nums.add(parent);
            }
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TYPE, COSName.OBJR);
            reference.setItem(COSName.OBJ, annotation);
            reference.setItem(COSName.PG, page);
            addKid(parent, reference);
            page.getAnnotations().add(annotation);
        }

        private static COSDictionary markedContentReference(PDPage page, int mcid) {
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TYPE, COSName.MCR);
            reference.setItem(COSName.PG, page);
            reference.setInt(COSName.MCID, mcid);
            return reference;
        }

        private static COSDictionary element(String type, COSDictionary parent, PDPage page) {
            COSDictionary element = new COSDictionary();
            element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            element.setName(COSName.S, type);
            element.setItem(COSName.P, parent);
            if (page != null) {
                element.setItem(COSName.PG, page);
            }
            addKid(parent, element);
            return element;
        }

        private static void addKid(COSDictionary parent, COSBase kid) {
            COSArray kids = parent.getCOSArray(COSName.K);
            if (kids == null) {
                kids = new COSArray();
                parent.setItem(COSName.K, kids);
            }
            kids.add(kid);
        }
    }
}
