package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

/**
 * The register A–Z: every organisation under its letter, with dot leaders to the page of its entry, in two
 * columns. A register that fits on its first page is balanced over the two columns.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class RegisterChapter {
    private final BrochureContext context;
    private final Blocks blocks;
    private final Typesetter type;
    private final Palette palette;

    RegisterChapter(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
        this.type = context.type();
        this.palette = context.palette();
    }

    void write() {
        Labels labels = context.labels();
        context.document().newPage();
        context.structure().open(Role.SECT);
        String heading = labels.text(Label.REGISTER);
        context.decorator().runningTitle(heading);
        context.decorator().bookmark(Anchors.REGISTER, heading, null, false);
        blocks.chapterHeading(heading, Anchors.REGISTER);

        List<String[]> names = new ArrayList<>(context.region().organisations().size());
        for (Organisation organisation : context.region().organisations()) {
            names.add(new String[] {Typesetter.oneLine(context.text(organisation.name())),
                Anchors.organisation(organisation)});
        }
        List<RegisterIndex.Entry> entries = RegisterIndex.sort(names, labels.locale(), labels.text(Label.REGISTER_OTHER));

        float top = context.writer().getVerticalPosition(true);
        float bottom = context.geometry().contentBottom();
        // A register that fits on its first page is balanced over the two columns: the shortest columns
        // that still hold it, found by bisection to within two points.
        float firstBottom = bottom;
        if (columns(entries, top, bottom, true)) {
            float low = 0;
            float high = top - bottom;
            while (high - low > 2) {
                float middle = (low + high) / 2;
                if (columns(entries, top, top - middle, true)) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            firstBottom = top - high - 1;
        }
        columns(entries, top, firstBottom, false);
        context.structure().close();
        // The register holds only direct content; keep its last page.
        context.writer().setPageEmpty(false);
    }

    /**
     * Sets the register in two columns, starting below {@code top} on the current page with the columns
     * ending at {@code firstBottom}, and on further pages as needed. When simulating, nothing is written
     * and the answer is whether everything fits in the two columns of the current page. Only the run that
     * writes builds the structure: each letter an {@code H2}, its entries a list of links.
     */
    private boolean columns(List<RegisterIndex.Entry> entries, float top, float firstBottom, boolean simulate) {
        RegisterLayout layout = new RegisterLayout(context, top, firstBottom, simulate);
        Typesetter.Style letterStyle = new Typesetter.Style(Typesetter.Face.BOLD, 12, palette.accent());
        Typesetter.Style numberStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 8.5f, palette.text());
        int start = 0;
        while (start < entries.size()) {
            String group = entries.get(start).group();
            int end = start;
            while (end < entries.size() && entries.get(end).group().equals(group)) {
                end++;
            }
            // A letter never stands alone at the foot of a column: it needs room for two entries.
            if (!layout.atTop() && layout.room() < 9 + 14 + 3 + 2 * 12 && !layout.nextColumn()) {
                return false;
            }
            if (!layout.atTop()) {
                layout.skip(9);
            }
            Paragraph letter = blocks.paragraph(type.line(group, letterStyle, 14));
            letter.setSpacingAfter(3);
            List<Element> elements = new ArrayList<>(3 * (end - start + 1));
            if (simulate) {
                elements.add(letter);
                for (int i = start; i < end; i++) {
                    elements.add(line(entries.get(i), numberStyle, null));
                }
            } else {
                Structure structure = context.structure();
                structure.mark(elements::add, structure.leaf(Role.H2), letter);
                // An Index of links, one per entry (ISO 32000-1, 14.8.4.3): a list would wrap every one of
                // 10,000 entries in two more elements (LI, LBody), a fifth of a large brochure's structure.
                structure.open(Role.INDEX);
                for (int i = start; i < end; i++) {
                    StructElem link = structure.leaf(Role.LINK);
                    structure.mark(elements::add, link, line(entries.get(i), numberStyle, link));
                }
                structure.close();
            }
            // One go() per letter rather than per entry: far fewer passes over the column.
            if (!layout.add(elements)) {
                return false;
            }
            if (!simulate) {
                elements.forEach(context.structure()::setCompletely);
            }
            start = end;
        }
        return true;
    }

    /**
     * "Name ..... 7", linked to the entry; the page is known here because the entries are already set. The
     * link's annotations belong to {@code link}; when simulating (null) there is no link.
     */
    private Paragraph line(RegisterIndex.Entry entry, Typesetter.Style numberStyle, StructElem link) {
        Typesetter.Style registerEntry = context.styles().registerEntry;
        Paragraph line = blocks.paragraph(12);
        line.setIndentationLeft(8);
        line.setFirstLineIndent(-8);
        List<Chunk> chunks = type.chunks(entry.name(), registerEntry, null);
        String tag = link == null ? null : blocks.internalLinkTag(entry.key(), entry.name(), link);
        if (tag != null) {
            chunks.forEach(chunk -> chunk.setGenericTag(tag));
        }
        line.addAll(chunks);
        Chunk leader = new Chunk(new LeaderDots(palette.muted(), false));
        leader.setFont(type.font(registerEntry));
        line.add(leader);
        OptionalInt page = context.decorator().page(entry.key());
        Chunk number = new Chunk(page.isPresent() ? String.valueOf(page.getAsInt()) : "–", type.font(numberStyle));
        if (tag != null) {
            number.setGenericTag(tag);
        }
        line.add(number);
        return line;
    }
}
