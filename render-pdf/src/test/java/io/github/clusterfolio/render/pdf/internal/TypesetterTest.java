package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Text tidying, right-to-left order and the register's order. */
class TypesetterTest {

    @Test
    void tidyKeepsAbbreviationsTogetherAndRemovesInvisibleCharacters() {
        assertThat(Typesetter.tidy("Verein e. V. in Bremen")).isEqualTo("Verein e.\u00a0V. in Bremen");
        assertThat(Typesetter.tidy("GmbH & Co. KG")).isEqualTo("GmbH & Co.\u00a0KG");
        assertThat(Typesetter.tidy("Hafe\u00adnge\u200bsell\u0007schaft")).isEqualTo("Hafengesellschaft");
        // Decomposed umlauts become the composed letters the font has.
        assertThat(Typesetter.tidy("Mu\u0308nster")).isEqualTo("Münster");
        assertThat(Typesetter.tidy("a\r\nb\tc")).isEqualTo("a\nb c");
        assertThat(Typesetter.oneLine("  Zwei\n Zeilen  ")).isEqualTo("Zwei Zeilen");
        assertThat(Typesetter.tidy("Lee. Vase")).isEqualTo("Lee. Vase");
    }

    /** Regression: Hebrew was drawn in logical order, so it printed mirrored and read back backwards. */
    @Test
    void rightToLeftRunsAreDrawnInVisualOrder() {
        assertThat(BidiText.visualOrder("Hafen Bremen")).isEqualTo("Hafen Bremen");
        assertThat(BidiText.visualOrder("Hafen שלום עולם — right to left"))
                .isEqualTo("Hafen םלוע םולש — right to left");
        // Digits inside a right-to-left run stay in their own order; each line is ordered on its own.
        assertThat(BidiText.visualOrder("a שלום 2026 עולם b\nc דג d"))
                .isEqualTo("a םלוע 2026 םולש b\nc גד d");
        // A letter keeps its marks after it (Hebrew points are combining marks).
        assertThat(BidiText.visualOrder("x \u05e9\u05c1\u05dc b")).isEqualTo("x \u05dc\u05e9\u05c1 b");
    }

    /**
     * Regression: a right-to-left run that wrapped showed its end on the first line, because OpenPDF broke the
     * already reordered text. Lines are now broken in logical order first and each is reordered on its own.
     */
    @Test
    void aWrappedRightToLeftRunKeepsItsFirstWordsOnTheFirstLine() {
        BrochureSettings settings = BrochureSettings.load(io.github.clusterfolio.render.Theme.DEFAULT, List.of(),
                java.util.Map.of(), io.github.clusterfolio.render.pdf.PdfConformance.PDF_UA_1,
                io.github.clusterfolio.render.text.LabelCatalog.bundled());
        Typesetter type = new Typesetter(settings.fonts(), warning -> {}, "de");
        Typesetter.Style style = new Typesetter.Style(Typesetter.Face.REGULAR, 10, java.awt.Color.BLACK);
        String text = "שלום עולם גדול מאוד";
        float twoWords = type.base(Typesetter.Face.REGULAR).getWidthPoint("שלום עולם ", 10) * 1.05f;
        StringBuilder drawn = new StringBuilder();
        type.chunks(text, style, null, twoWords).forEach(chunk -> drawn.append(chunk.getContent()));
        assertThat(drawn.toString().split("\n")).containsExactly(
                BidiText.visualOrder("שלום עולם"), BidiText.visualOrder("גדול מאוד"));
        // Without a width, nothing is broken here: left-to-right text keeps OpenPDF's line breaking.
        assertThat(type.breakBidiLines("Hafen Bremen Oldenburg", style, 1)).isEqualTo("Hafen Bremen Oldenburg");
    }

    @Test
    void mirroredCharactersInARightToLeftRunAreShownAsTheirMirrorImage() {
        assertThat(BidiText.visualOrder("x א ≤ ב y")).isEqualTo("x ב ≥ א y");
        assertThat(BidiText.visualOrder("x א «ב» ג y")).isEqualTo("x ג «ב» א y");
        assertThat(BidiText.visualOrder("x א ⟦ב⟧ ג y")).isEqualTo("x ג ⟦ב⟧ א y");
    }

    @Test
    void theRegisterSortsTheWayGermanSorts() {
        List<String[]> names = new ArrayList<>();
        for (String name : List.of("Zentrum", "Öko & Meer", "Ämter-Verbund", "\"Anker\" e. V.", "bremenports", "Otter",
                "Abc", "1. Hafen", "上海 Desk")) {
            names.add(new String[] {name, name});
        }
        List<RegisterIndex.Entry> entries = RegisterIndex.sort(names, Locale.GERMAN, "…");
        assertThat(entries).extracting(RegisterIndex.Entry::name).containsExactly("1. Hafen", "Abc", "Ämter-Verbund",
                "\"Anker\" e. V.", "bremenports", "Öko & Meer", "Otter", "Zentrum", "上海 Desk");
        assertThat(entries).extracting(RegisterIndex.Entry::group).containsExactly("0–9", "A", "A", "A", "B", "O", "O",
                "Z", "…");
    }
}
