package io.github.clusterfolio.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The marked-content sequences of one page's content stream and of the form XObjects it draws, read token by token
 * with PDFBox's content-stream parser: what each sequence is (tag, MCID, what encloses it), and which drawing
 * operators lie outside every sequence. A form drawn inside a sequence inherits it, as in the PDF imaging model.
 */
final class MarkedContentScan {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private static final int MAX_FORM_DEPTH = 12;
    /** Operators that show text. */
    private static final Set<String> TEXT = Set.of("Tj", "TJ", "'", "\"");
    /** Operators that paint a path or a shading; {@code n} ends a path without painting it. */
    private static final Set<String> PAINT = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh");

    /**
     * One marked-content sequence.
     *
     * @param where the page, and the form XObject if the sequence is inside one, e.g. {@code page 1, form /Fm0}
     * @param owner the stream whose MCIDs this sequence's MCID counts in: the page dictionary, or the form's stream
     * @param tag the tag, e.g. {@code P} or {@code Artifact}
     * @param mcid the marked-content identifier, or -1 when the sequence has none
     * @param inTagged whether a sequence with an MCID encloses this one
     * @param inArtifact whether an Artifact sequence encloses this one
     */
    record Sequence(String where, COSBase owner, String tag, int mcid, boolean inTagged, boolean inArtifact) {
        boolean isArtifact() {
            return tag.equals(ARTIFACT.getName());
        }
    }

    private record Frame(boolean tagged, boolean artifact) {}

    final List<Sequence> sequences = new ArrayList<>();
    /** Drawing outside any marked content, as {@code where: operator} with how often it occurs there. */
    final Map<String, Integer> unmarked = new LinkedHashMap<>();
    /** BMC/BDC without EMC or EMC without BMC/BDC, per stream. */
    final List<String> unbalanced = new ArrayList<>();

    /** Scans one page (1-based number for the messages). */
    static MarkedContentScan of(PDPage page, int number) throws IOException {
        MarkedContentScan scan = new MarkedContentScan();
        Deque<Frame> outer = new ArrayDeque<>();
        scan.stream(page, page.getResources(), page.getCOSObject(), "page " + number, outer, new ArrayList<>());
        return scan;
    }

    private void stream(
            PDContentStream content,
            PDResources resources,
            COSBase owner,
            String where,
            Deque<Frame> inherited,
            List<COSBase> path)
            throws IOException {
        Deque<Frame> frames = new ArrayDeque<>(inherited);
        int opened = 0;
        List<COSBase> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSBase operand) {
                operands.add(operand);
                continue;
            }
            String operator = ((Operator) token).getName();
            switch (operator) {
                case "BMC", "BDC" -> {
                    open(operator, operands, resources, owner, where, frames);
                    opened++;
                }
                case "EMC" -> {
                    if (opened == 0) {
                        unbalanced.add(where + ": EMC without BMC/BDC");
                    } else {
                        frames.pop();
                        opened--;
                    }
                }
                case "Do" -> draw(operands, resources, where, frames, path);
                case "BI" -> paint(where, "BI (inline image)", frames);
                default -> {
                    if (TEXT.contains(operator) || PAINT.contains(operator)) {
                        paint(where, operator, frames);
                    }
                }
            }
            operands.clear();
        }
        if (opened > 0) {
            unbalanced.add(where + ": " + opened + " BMC/BDC without EMC");
        }
    }

    private void open(
            String operator,
            List<COSBase> operands,
            PDResources resources,
            COSBase owner,
            String where,
            Deque<Frame> frames) {
        String tag = !operands.isEmpty() && operands.get(0) instanceof COSName name ? name.getName() : "?";
        COSDictionary properties = null;
        if (operator.equals("BDC") && operands.size() > 1) {
            COSBase value = operands.get(1);
            if (value instanceof COSDictionary inline) {
                properties = inline;
            } else if (value instanceof COSName named && resources != null) {
                PDPropertyList list = resources.getProperties(named);
                properties = list == null ? null : list.getCOSObject();
            }
        }
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        Frame enclosing = frames.peek();
        boolean inTagged = enclosing != null && enclosing.tagged();
        boolean inArtifact = enclosing != null && enclosing.artifact();
        Sequence sequence = new Sequence(where, owner, tag, mcid, inTagged, inArtifact);
        sequences.add(sequence);
        frames.push(new Frame(inTagged || mcid >= 0, inArtifact || sequence.isArtifact()));
    }

    private void draw(List<COSBase> operands, PDResources resources, String where, Deque<Frame> frames,
            List<COSBase> path) throws IOException {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || resources == null) {
            return;
        }
        PDXObject object = resources.getXObject(name);
        if (object instanceof PDImageXObject) {
            paint(where, "Do (image /" + name.getName() + ")", frames);
        } else if (object instanceof PDFormXObject form
                && !path.contains(form.getCOSObject())
                && path.size() < MAX_FORM_DEPTH) {
            path.add(form.getCOSObject());
            PDResources own = form.getResources() == null ? resources : form.getResources();
            String inner = where + ", form /" + name.getName();
            stream(form, own, form.getCOSObject(), inner, frames, path);
            path.remove(path.size() - 1);
        }
    }

    private void paint(String where, String operator, Deque<Frame> frames) {
        if (frames.isEmpty()) {
            unmarked.merge(where + ": " + operator, 1, Integer::sum);
        }
    }
}
