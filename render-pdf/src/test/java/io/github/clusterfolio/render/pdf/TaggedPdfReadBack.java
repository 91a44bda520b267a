package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.render.pdf.StructureTree.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A tagged PDF read back with PDFBox: its logical structure (the structure tree with the text of each element's
 * marked content) and the tagging checks of PDF/UA-1 that veraPDF alone does not make visible — every link and every
 * piece of content tied to the structure, the document-level entries present. Each check returns its violations as
 * readable lines (empty when the document passes), so a test can assert {@code isEmpty()} and print what is wrong.
 *
 * <p>The structure comes from {@link StructureTree}, the text of each MCID from PDFBox's marked-content extractor
 * ({@link MarkedContentText}), the content-stream checks from {@link MarkedContentScan}. Marked content inside form
 * XObjects counts as tagged when the structure tree references it with an MCR that names the form ({@code /Stm});
 * its text is not resolved (the brochure draws its text on the pages).
 */
public final class TaggedPdfReadBack implements AutoCloseable {
    private static final String PDFUAID = "http://www.aiim.org/pdfua/ns/id/";

    /**
     * One structure element, in document order.
     *
     * @param role the standard structure type after the role map, e.g. {@code H1}
     * @param type the type as written in {@code /S}, e.g. a custom {@code Heading1}
     * @param depth 0 for the root's children, 1 for theirs, …
     * @param attributes {@code Alt}, {@code ActualText}, {@code Lang}, {@code E} and {@code Scope} where present, and
     *     {@code Contents} of an annotation the element holds by an object reference (OBJR)
     * @param text the text of the element's own marked content, not its children's, with white space collapsed
     */
    public record StructNode(String role, String type, int depth, Map<String, String> attributes, String text) {
        public StructNode {
            attributes = Map.copyOf(attributes);
        }
    }

    /**
     * The text of a stretch of the structure, in structure order.
     *
     * @param role the role of the element that starts it
     * @param heading that element's whole text if it is a heading ({@code H}, {@code H1}…{@code H6}), else empty
     * @param text all text of the element and what belongs to it, white space collapsed
     */
    record Section(String role, String heading, String text) {}

    public final PDDocument document;
    private final COSDictionary catalog;
    private final Map<COSDictionary, Integer> pageNumbers = new HashMap<>();
    private final StructureTree tree;

    /** Reads a PDF and its structure; an untagged PDF reads as an empty structure. */
    public TaggedPdfReadBack(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.catalog = document.getDocumentCatalog().getCOSObject();
        Map<COSDictionary, Map<Integer, String>> pageTexts = new HashMap<>();
        int number = 1;
        for (PDPage page : document.getPages()) {
            pageNumbers.put(page.getCOSObject(), number++);
            pageTexts.put(page.getCOSObject(), MarkedContentText.of(page));
        }
        this.tree = new StructureTree(catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT), pageTexts);
    }

    /** The structure tree in document order (depth first), without the structure tree root itself. */
    public List<StructNode> structure() {
        return tree.elements().stream()
                .map(e -> new StructNode(e.role(), e.type(), e.depth(), e.attributes(), StructureTree.ownText(e)))
                .toList();
    }

    /**
     * The text of each top-level element: the children of the {@code Document} element, or of the root when there is
     * no single {@code Document}.
     */
    List<Section> topLevelText() {
        List<Element> roots = tree.roots();
        List<Element> top = roots.size() == 1 && roots.get(0).role().equals("Document")
                ? roots.get(0).items().stream().filter(Element.class::isInstance).map(Element.class::cast).toList()
                : roots;
        return top.stream().map(e -> new Section(e.role(), heading(e), allText(e))).toList();
    }

    /**
     * The text cut into chapters: a new one starts at every element whose role is {@code headingRole} (e.g.
     * {@code H1}) and runs, in structure order, to the next. Text before the first heading is a section with the
     * role {@code ""}, present only when there is such text.
     */
    List<Section> chapters(String headingRole) {
        List<Object> flat = new ArrayList<>();
        tree.roots().forEach(root -> StructureTree.flatten(root, flat));
        List<Section> chapters = new ArrayList<>();
        String role = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Object item : flat) {
            if (item instanceof Element element && element.role().equals(headingRole)) {
                addSection(chapters, role, heading, text);
                role = headingRole;
                heading = heading(element);
                text = new StringBuilder();
            } else if (item instanceof String piece) {
                text.append(' ').append(piece);
            }
        }
        addSection(chapters, role, heading, text);
        return chapters;
    }

    private static String heading(Element element) {
        return element.role().matches("H[1-6]?") ? allText(element) : "";
    }

    private static void addSection(List<Section> sections, String role, String heading, StringBuilder text) {
        String collapsed = collapse(text.toString());
        if (!role.isEmpty() || !collapsed.isEmpty()) {
            sections.add(new Section(role, heading, collapsed));
        }
    }

    /** The text of every page's real content (artifacts left out), in the order it is drawn, page after page. */
    String contentText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (PDPage page : document.getPages()) {
            text.append(' ').append(MarkedContentText.inDrawingOrder(page));
        }
        return collapse(text.toString());
    }

    // ---------------------------------------------------------------- checks

    /** Every violation of every check below, the document-level ones first. */
    public List<String> violations() throws IOException {
        List<String> all = new ArrayList<>(documentViolations());
        all.addAll(linkViolations());
        all.addAll(markedContentViolations());
        all.addAll(untaggedContentViolations());
        return all;
    }

    /**
     * Document-level entries PDF/UA-1 needs: a structure tree; {@code /MarkInfo /Marked true}; the document's
     * {@code /Lang}; {@code /ViewerPreferences /DisplayDocTitle true}; {@code /Tabs /S} (tab order follows the
     * structure) on every page, which is stricter than PDF/UA-1 (it asks only pages with annotations); and
     * {@code pdfuaid:part 1} in the XMP metadata (namespace {@code http://www.aiim.org/pdfua/ns/id/}, as element or
     * attribute).
     */
    List<String> documentViolations() throws IOException {
        List<String> violations = new ArrayList<>();
        if (catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT) == null) {
            violations.add("catalog: no /StructTreeRoot");
        }
        COSDictionary markInfo = catalog.getCOSDictionary(COSName.MARK_INFO);
        if (markInfo == null || !markInfo.getBoolean(COSName.getPDFName("Marked"), false)) {
            violations.add("catalog: /MarkInfo /Marked is not true");
        }
        String lang = catalog.getString(COSName.LANG);
        if (lang == null || lang.isBlank()) {
            violations.add("catalog: no /Lang");
        }
        COSDictionary viewer = catalog.getCOSDictionary(COSName.VIEWER_PREFERENCES);
        if (viewer == null || !viewer.getBoolean(COSName.getPDFName("DisplayDocTitle"), false)) {
            violations.add("catalog: /ViewerPreferences /DisplayDocTitle is not true");
        }
        for (Map.Entry<COSDictionary, Integer> page : byNumber(pageNumbers)) {
            COSName tabs = page.getKey().getCOSName(COSName.getPDFName("Tabs"));
            if (tabs == null || !tabs.getName().equals("S")) {
                String actual = tabs == null ? "missing" : "/" + tabs.getName();
                violations.add("page " + page.getValue() + ": /Tabs is " + actual + ", not /S");
            }
        }
        if (!hasPdfUaPart(1)) {
            violations.add("XMP metadata: no pdfuaid:part 1");
        }
        return violations;
    }

    /**
     * Links reachable for assistive technology: every Link annotation has {@code /Contents} (what it leads to) and a
     * {@code /StructParent} whose parent-tree entry is a {@code Link} element (after the role map) holding an object
     * reference (OBJR) to that very annotation.
     */
    public List<String> linkViolations() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<COSDictionary, Integer> page : byNumber(pageNumbers)) {
            COSArray annotations = page.getKey().getCOSArray(COSName.ANNOTS);
            for (int i = 0; annotations != null && i < annotations.size(); i++) {
                if (!(annotations.getObject(i) instanceof COSDictionary annotation)
                        || !COSName.LINK.equals(annotation.getCOSName(COSName.SUBTYPE))) {
                    continue;
                }
                String link = "page " + page.getValue() + ": link to " + target(annotation);
                String contents = annotation.getString(COSName.CONTENTS);
                if (contents == null || contents.isBlank()) {
                    violations.add(link + " has no /Contents");
                }
                int key = annotation.getInt(COSName.STRUCT_PARENT, -1);
                COSBase entry = key < 0 ? null : tree.parentTreeEntry(key);
                if (key < 0) {
                    violations.add(link + " has no /StructParent");
                } else if (!(entry instanceof COSDictionary parent)) {
                    violations.add(link + ": /StructParent " + key + " is not an element in the parent tree");
                } else if (!tree.role(parent).equals("Link")) {
                    violations.add(link + ": its parent-tree entry is " + tree.role(parent) + ", not Link");
                } else if (StructureTree.kids(parent).stream().noneMatch(kid -> isObjectReferenceTo(kid, annotation))) {
                    violations.add(link + ": its Link element holds no OBJR to it");
                }
            }
        }
        return violations;
    }

    /**
     * Marked content tied to the structure: every marked-content sequence in the page content streams (and in the
     * form XObjects they draw) is an {@code Artifact}, or has an MCID that the structure tree references (on that
     * page, or with {@code /Stm} for a form), or has neither but lies inside such a sequence (a {@code /Span} that
     * only sets {@code /Lang}, say). Tagged content inside an artifact, and unbalanced BMC/BDC … EMC, are
     * violations too.
     */
    public List<String> markedContentViolations() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<COSDictionary, Integer> page : byNumber(pageNumbers)) {
            MarkedContentScan scan = MarkedContentScan.of(new PDPage(page.getKey()), page.getValue());
            for (MarkedContentScan.Sequence sequence : scan.sequences) {
                String what = sequence.where() + ": /" + sequence.tag();
                if (sequence.isArtifact()) {
                    if (sequence.inTagged()) {
                        violations.add(what + " inside tagged content");
                    }
                } else if (sequence.mcid() >= 0) {
                    if (sequence.inArtifact()) {
                        violations.add(what + " MCID " + sequence.mcid() + " inside an artifact");
                    } else if (!tree.references(sequence.owner(), sequence.mcid())) {
                        violations.add(
                                what + " MCID " + sequence.mcid() + " is not referenced from the structure tree");
                    }
                } else if (!sequence.inTagged() && !sequence.inArtifact()) {
                    violations.add(what + " without MCID outside tagged content and artifacts");
                }
            }
            violations.addAll(scan.unbalanced);
        }
        return violations;
    }

    /**
     * Nothing drawn untagged: no text-showing operator ({@code Tj TJ ' "}), path-painting operator ({@code S s f F
     * f* B B* b b*}), shading ({@code sh}) or image lies outside every marked-content sequence, in a page or in a form
     * XObject it draws. Reported per page (and form) and operator with a count.
     */
    List<String> untaggedContentViolations() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<COSDictionary, Integer> page : byNumber(pageNumbers)) {
            MarkedContentScan scan = MarkedContentScan.of(new PDPage(page.getKey()), page.getValue());
            scan.unmarked.forEach((where, count) ->
                    violations.add(where.replaceFirst(": ", ": " + count + " × ") + " outside marked content"));
        }
        return violations;
    }

    private static String allText(Element element) {
        List<Object> flat = new ArrayList<>();
        StructureTree.flatten(element, flat);
        return collapse(String.join(" ", flat.stream().filter(String.class::isInstance).map(String.class::cast)
                .toList()));
    }

    /** Whether the XMP metadata declares {@code pdfuaid:part} (namespace {@value #PDFUAID}), element or attribute. */
    private boolean hasPdfUaPart(int part) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xmp = factory.newDocumentBuilder().parse(new ByteArrayInputStream(metadata.toByteArray()));
            NodeList all = xmp.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
                String value = PDFUAID.equals(element.getNamespaceURI()) && element.getLocalName().equals("part")
                        ? element.getTextContent()
                        : element.getAttributeNS(PDFUAID, "part");
                if (value.strip().equals(Integer.toString(part))) {
                    return true;
                }
            }
            return false;
        } catch (ParserConfigurationException | SAXException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- COS helpers

    private static boolean isObjectReferenceTo(COSBase kid, COSDictionary annotation) {
        return kid instanceof COSDictionary reference
                && COSName.OBJR.equals(reference.getCOSName(COSName.TYPE))
                && reference.getDictionaryObject(COSName.OBJ) == annotation;
    }

    /** What a link leads to, for the messages: its URI, its named destination, or "an internal destination". */
    private static String target(COSDictionary annotation) {
        COSDictionary action = annotation.getCOSDictionary(COSName.A);
        String uri = action == null ? null : action.getString(COSName.URI);
        COSBase destination = annotation.getDictionaryObject(COSName.DEST);
        if (destination == null && action != null) {
            destination = action.getDictionaryObject(COSName.D);
        }
        if (uri != null) {
            return uri;
        } else if (destination instanceof COSName name) {
            return "destination " + name.getName();
        } else if (destination instanceof COSString name) {
            return "destination " + name.getString();
        }
        return "an internal destination";
    }

    private static List<Map.Entry<COSDictionary, Integer>> byNumber(Map<COSDictionary, Integer> pages) {
        return pages.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    static String collapse(String text) {
        return PdfReadBack.normalise(text);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
