package io.github.clusterfolio.render.pdf.internal;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Right-to-left text put into the order OpenPDF's page flow draws it: the Unicode bidirectional algorithm. */
final class BidiText {
    private BidiText() {}

    /**
     * The text in the order its characters are drawn. OpenPDF sets a paragraph's glyphs left to right in
     * the order given (only its {@code ColumnText} with a run direction applies the bidirectional
     * algorithm), so Hebrew or Arabic would print mirrored, and a reader or a text extractor would see it
     * backwards. Here each line is put into visual order by the Unicode bidirectional algorithm with a
     * left-to-right paragraph direction: right-to-left runs are reversed grapheme by grapheme (a letter
     * keeps its marks) with brackets mirrored, and nested runs (numbers inside Hebrew) are ordered as the
     * algorithm says. Text that wraps must be broken into lines first ({@link #breakBidiLines}), or the
     * parts of a wrapped right-to-left run would land on the wrong lines.
     */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            out.append(visualLine(end < 0 ? text.substring(start) : text.substring(start, end)));
            if (end < 0) {
                return out.toString();
            }
            out.append('\n');
            start = end + 1;
        }
    }

    private static String visualLine(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] parts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            parts[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        return String.join("", parts);
    }

    private static String reversed(String run) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(run);
        List<String> clusters = new ArrayList<>();
        for (int start = graphemes.first(), end = graphemes.next(); end != BreakIterator.DONE;
                start = end, end = graphemes.next()) {
            String cluster = run.substring(start, end);
            int first = cluster.codePointAt(0);
            int mirror = BidiMirrors.mirror(first);
            clusters.add(mirror == first ? cluster
                    : new StringBuilder().appendCodePoint(mirror).append(cluster, Character.charCount(first),
                            cluster.length()).toString());
        }
        Collections.reverse(clusters);
        return String.join("", clusters);
    }

}
