package io.github.clusterfolio.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfRectangle;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * Builds the logical structure of a tagged brochure while the layout code sets it, so that the structure
 * follows the reading order rather than the drawing order. The layout code says what a block is (a heading,
 * a paragraph, a table cell, a link); this class writes the marked content and the structure elements.
 *
 * <p>Three ways content reaches a page, and how each is marked:
 * <ul>
 *   <li>the page flow ({@code Document.add}): {@link #flow} encloses the element in marked content for a leaf;
 *   <li>columns and table cells ({@code ColumnText}, {@code PdfPCell}): {@link #begin} and {@link #end} are
 *       zero-height elements placed around the content, drawn on the very canvas the content goes to;
 *   <li>direct drawing: {@link #artifact} and {@link #tagged} enclose a drawing.
 * </ul>
 *
 * <p>OpenPDF's structure element holds either marked content or child elements, never both; so a
 * <em>leaf</em> here carries the marked content, and a <em>container</em> carries leaves ({@link StructElem}).
 * Each element is written as soon as it is complete, page by page ({@link StructureWriter}). Links are made by
 * this class rather than by OpenPDF's chunk anchors, because OpenPDF gives no access to the annotations it
 * makes: a link chunk carries a generic tag from {@link #link}, and when OpenPDF reports where it set the chunk,
 * an annotation is added with a {@code /StructParent} and an object reference (OBJR) in its {@code Link}
 * element.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class Structure {
    /** The marked-content tag of decoration (ISO 32000-1, 14.8.2.2). */
    static final PdfName ARTIFACT = new PdfName("Artifact");

    private static final String LINK_TAG = "\u0001link:";

    private final PdfWriter writer;
    private final TaggedDocument document;
    private final StructureWriter structureWriter;
    private final StructElem root;
    private final Deque<StructElem> containers = new ArrayDeque<>();
    /**
     * The links by their generic tag, held only as long as a chunk holds the tag: only a chunk being set can ask for
     * its link, and a brochure has tens of thousands of links whose elements need not stay in memory to the end.
     * A weak map keeps its values until it next notices a key has gone, so a link would outlive its chunks by a
     * collection and get promoted, dead, into the old generation. So the links of what is set completely are
     * forgotten at once ({@link #flow}, {@link #setCompletely}); the weak keys cover the rest, a few tables.
     */
    private final Map<String, LinkTarget> links = new WeakHashMap<>();
    private int linkCount;
    private final List<Runnable> deferred = new ArrayList<>();
    private PdfAnnotation lastAnnotation;
    private String lastTag;
    private int lastPage;

    private record LinkTarget(StructElem element, PdfAction action, String description) {}

    Structure(PdfWriter writer, TaggedDocument document) {
        this.writer = writer;
        this.document = document;
        this.structureWriter = new StructureWriter(writer);
        this.root = StructElem.document(writer.getStructureTreeRoot(), structureWriter);
        containers.push(root);
        document.onPageWritten(open -> structureWriter.writeComplete(root, open));
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter pdfWriter, Document pdfDocument, Rectangle rect, String text) {
                annotate(rect, text);
            }

            @Override
            public void onCloseDocument(PdfWriter pdfWriter, Document pdfDocument) {
                structureWriter.writeAll(root, writer.getStructureTreeRoot());
            }
        });
    }

    /** Opens a container below the current one; later elements go into it until {@link #close}. */
    StructElem open(Role role) {
        StructElem element = containers.getFirst().child(role, true);
        containers.push(element);
        return element;
    }

    /** Closes the container opened last. */
    void close() {
        if (containers.size() <= 1) {
            throw new IllegalStateException("no open structure element to close");
        }
        containers.pop().close();
    }

    /** A new leaf below the current container, to hold marked content. */
    StructElem leaf(Role role) {
        return containers.getFirst().child(role, false);
    }

    /** A leaf below the current container with its language, where that differs from the document's. */
    StructElem leaf(Role role, String language, String documentLanguage) {
        StructElem leaf = leaf(role);
        lang(leaf, language, documentLanguage);
        return leaf;
    }

    /** Marks {@code element} as written in {@code language} when that is not the document's language. */
    static void lang(StructElem element, String language, String documentLanguage) {
        if (!language.equals(documentLanguage)) {
            element.set(PdfName.LANG, new PdfString(language, PdfObject.TEXT_UNICODE));
        }
    }

    /** Gives {@code element} an alternative text, for figures. */
    static void alt(StructElem element, String text) {
        element.set(PdfName.ALT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }

    /**
     * Gives {@code element} the text assistive technology reads instead of its content: for text set in
     * letter-spaced capitals, which text extraction would read letter by letter.
     */
    static void actualText(StructElem element, String text) {
        element.set(PdfName.ACTUALTEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }

    /**
     * Gives {@code element} its actual text once the layout is complete, for content whose words are only
     * known then (a page number) or are drawn out of reading order (a page number drawn before its entry).
     */
    void actualTextLater(StructElem element, Supplier<String> text) {
        element.defer();
        deferred.add(() -> {
            actualText(element, text.get());
            element.resolved();
        });
    }

    /** Completes what needs the finished layout; call once before the document closes. */
    void finish() {
        deferred.forEach(Runnable::run);
        deferred.clear();
    }

    /** Says which cells a header cell heads. */
    static void scope(StructElem headerCell, boolean column) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(new PdfName("Scope"), new PdfName(column ? "Column" : "Row"));
        headerCell.set(new PdfName("A"), attributes);
    }

    /** Adds {@code element} to the page flow as the content of {@code leaf}. */
    void flow(StructElem leaf, Element element) {
        document.beginText(leaf);
        document.add(element);
        document.endText();
        setCompletely(element);
    }

    /**
     * Notes that {@code element} is set completely, so that no chunk of it will ask for its links again and they can
     * be forgotten at once.
     */
    void setCompletely(Element element) {
        for (Element chunk : element.getChunks()) {
            Map<String, Object> attributes = chunk instanceof Chunk part ? part.getChunkAttributes() : null;
            if (attributes != null && attributes.get(Chunk.GENERICTAG) instanceof String tag && isLink(tag)) {
                links.remove(tag);
            }
        }
    }

    /** Adds {@code element} to the page flow as decoration: a rule, or space that carries no content. */
    void flowArtifact(Element element) {
        document.beginArtifact();
        document.add(element);
        document.endText();
    }

    /**
     * Adds {@code element} to the page flow when its content is marked by {@link #begin}/{@link #end} inside it
     * (a table whose cells are tagged); only the lines OpenPDF holds back are written first.
     */
    void flowMarked(Element element) {
        document.flush();
        document.add(element);
        document.flush();
    }

    /**
     * A zero-height element that opens marked content for {@code leaf} where a column draws it. Drawn a second
     * time (a table's header row repeated on the next page), it opens an artifact instead: the repetition is
     * not content of its own.
     */
    Element begin(StructElem leaf) {
        return new Begin(leaf);
    }

    /** Adds {@code element} to a column or cell ({@code target}), enclosed in marked content for {@code leaf}. */
    void mark(Consumer<Element> target, StructElem leaf, Element element) {
        target.accept(begin(leaf));
        target.accept(element);
        target.accept(end());
    }

    /** Adds {@code element} to a column or cell ({@code target}) as an artifact. */
    void markArtifact(Consumer<Element> target, Element element) {
        target.accept(beginArtifact());
        target.accept(element);
        target.accept(end());
    }

    /** The leaf whose marked content {@code mark}, made by {@link #begin} or {@link #each}, opens. */
    StructElem leafOf(Element mark) {
        return ((Begin) mark).leaf;
    }

    /** A zero-height element that opens an artifact where a column draws it. */
    Element beginArtifact() {
        return new Begin(null);
    }

    /** A zero-height element that closes what the matching {@link #begin} or {@link #beginArtifact} opened. */
    Element end() {
        return new End();
    }

    /**
     * {@code elements} with each enclosed in marked content for a new leaf of {@code role} below the current
     * container, for a column. Leaves are made here, after any trial layout, because OpenPDF attaches a
     * structure element to its parent the moment it is made.
     */
    List<Element> each(Role role, List<? extends Element> elements) {
        List<Element> marked = new ArrayList<>(elements.size() * 3);
        for (Element element : elements) {
            marked.add(begin(leaf(role)));
            marked.add(element);
            marked.add(end());
        }
        return marked;
    }

    /**
     * Sets {@code column}, which draws on the writer's direct content, as far as it has room. A column that
     * cannot hold all its text (the cover shows only the start of a long summary) stops inside a paragraph,
     * before that paragraph's end mark; its marked content is closed here.
     */
    void go(ColumnText column) {
        if (ColumnText.hasMoreText(column.go())) {
            document.closeDirect();
        }
    }

    /** Draws decoration (rules, motifs, marks, running heads) as an artifact. */
    static void artifact(PdfContentByte canvas, Runnable drawing) {
        canvas.beginMarkedContentSequence(ARTIFACT);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /** Draws running heads and page numbers as pagination artifacts. */
    static void pagination(PdfContentByte canvas, Runnable drawing) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, new PdfName("Pagination"));
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /** Draws content of {@code leaf} directly on {@code canvas}. */
    static void tagged(PdfContentByte canvas, StructElem leaf, Runnable drawing) {
        leaf.beginOn(canvas);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * The generic tag for the chunks of a link to {@code action}; {@code element} is the {@code Link} element
     * the link's annotations belong to and {@code description} says where it leads, for assistive technology.
     */
    String link(StructElem element, PdfAction action, String description) {
        // A new String: the weak map keeps the link while a chunk holds this very instance.
        String tag = LINK_TAG + linkCount++;
        links.put(tag, new LinkTarget(element, action, description));
        return tag;
    }

    /** How many links are still held for chunks that may yet be set; for tests. */
    int linksHeld() {
        return links.size();
    }

    /** Whether a generic tag is one of this class's links (the page decorator leaves those alone). */
    static boolean isLink(String tag) {
        return tag.startsWith(LINK_TAG);
    }

    private void annotate(Rectangle rect, String tag) {
        LinkTarget target = links.get(tag);
        if (target == null) {
            return;
        }
        int page = writer.getPageNumber();
        if (lastAnnotation != null && tag.equals(lastTag) && page == lastPage) {
            PdfRectangle last = (PdfRectangle) lastAnnotation.get(PdfName.RECT);
            // More of the same link on the same line (the next chunk, or the page number after the dot leaders):
            // widen the annotation instead of adding one, so that the whole line is one target.
            if (Math.abs(last.bottom() - rect.getBottom()) < 0.01f && rect.getLeft() >= last.left()) {
                lastAnnotation.put(PdfName.RECT, new PdfRectangle(last.left(), last.bottom(),
                        Math.max(last.right(), rect.getRight()), Math.max(last.top(), rect.getTop())));
                return;
            }
        }
        PdfAnnotation annotation = new PdfAnnotation(writer, rect.getLeft(), rect.getBottom(), rect.getRight(),
                rect.getTop(), target.action());
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        annotation.setBorder(new org.openpdf.text.pdf.PdfBorderArray(0, 0, 0));
        annotation.put(PdfName.CONTENTS, new PdfString(target.description(), PdfObject.TEXT_UNICODE));
        int key = writer.getStructureTreeRoot().addExistingObject(target.element().getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        writer.addAnnotation(annotation);
        PdfDictionary objectReference = new PdfDictionary(PdfName.OBJR);
        objectReference.put(PdfName.OBJ, annotation.getIndirectReference());
        objectReference.put(PdfName.PG, writer.getCurrentPage());
        target.element().addObjectReference(objectReference);
        lastAnnotation = annotation;
        lastTag = tag;
        lastPage = page;
    }

    private final class Begin extends VerticalPositionMark {
        private final StructElem leaf;
        private boolean drawn;

        Begin(StructElem leaf) {
            this.leaf = leaf;
        }

        @Override
        public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
            StructElem drawnFor = drawn ? null : leaf;
            if (drawnFor == null) {
                canvas.beginMarkedContentSequence(ARTIFACT);
            } else {
                drawnFor.beginOn(canvas);
                drawn = true;
            }
            if (canvas == writer.getDirectContent()) {
                document.directOpened(drawnFor);
            }
        }
    }

    private final class End extends VerticalPositionMark {
        @Override
        public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
            canvas.endMarkedContentSequence();
            if (canvas == writer.getDirectContent()) {
                document.directClosed();
            }
        }
    }
}
