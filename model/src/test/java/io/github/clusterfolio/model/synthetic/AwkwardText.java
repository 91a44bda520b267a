package io.github.clusterfolio.model.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Strings with every class of character that breaks naive renderers: quotes, separators, line breaks,
 * combining marks, right-to-left scripts, emoji, CJK, zero-width and control characters, markup. Shared by
 * the robustness tests of every module; seeded, so a failure can be replayed.
 */
public final class AwkwardText {
    /** One sample per character class, each a valid, non-blank text for the model. */
    public static final List<String> SAMPLES = List.of(
            "Müller & Söhne GmbH, Straße 5; „Gänsefüßchen“ und 'Apostroph'",
            "\"quoted\", with, commas; and; semicolons",
            "line one\nline two\r\nline three",
            "tab\tseparated\tvalues",
            "=SUM(A1:A9)",
            "+49 421 123456",
            "-1 und @mention",
            "e\u0301le\u0300ve combining marks, Zoë, Ångström",
            "שלום עולם — right to left",
            "مرحبا بالعالم",
            "emoji 🚢⚓🌬️ and 👩‍🔬 family 👨‍👩‍👧",
            "北京 東京 서울 CJK",
            "zero\u200bwidth\u200dspace\ufeffand\u2060joiner",
            "control\u0001char\u0007bell\u001b[31m",
            "<script>alert(1)</script> & <b>bold</b>",
            "a very long unbreakable word " + "x".repeat(300),
            "  leading and trailing spaces  ",
            "\\backslash\\ and /slash/ and %s %d {0} ${x}");

    private AwkwardText() {}

    /** A text made of one to three samples picked by {@code random}. */
    public static String pick(SplittableRandom random) {
        StringBuilder text = new StringBuilder(SAMPLES.get(random.nextInt(SAMPLES.size())));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(SAMPLES.get(random.nextInt(SAMPLES.size())));
        }
        return text.toString();
    }
}
