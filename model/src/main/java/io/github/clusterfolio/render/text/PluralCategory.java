package io.github.clusterfolio.render.text;

import java.util.List;
import java.util.Locale;

/**
 * The plural categories of Unicode CLDR that the bundled languages use, with their rules for whole
 * numbers. English, German, Dutch, Danish and most other languages have {@link #ONE} and {@link #OTHER};
 * French counts 0 as {@link #ONE} too; Polish has {@link #ONE}, {@link #FEW} (2–4, 22–24 …) and
 * {@link #MANY} (0, 5–21, 25 …), and needs no {@link #OTHER} for whole numbers. A language not named here is taken to have {@link #ONE} and {@link #OTHER}.
 */
public enum PluralCategory {
    /** The singular form, "1 organisation". */
    ONE,
    /** Polish 2–4, 22–24 …: "2 organizacje". */
    FEW,
    /** Polish 0, 5–21, 25 …: "5 organizacji". */
    MANY,
    /** Every other count, "18 organisations". */
    OTHER;

    /** The name used after the label's key in a labels file: {@code one}, {@code few}, {@code many}, {@code other}. */
    public String formName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The categories a language's plural labels need, in this order. */
    public static List<PluralCategory> of(String language) {
        return switch (primary(language)) {
            case "pl" -> List.of(ONE, FEW, MANY);
            default -> List.of(ONE, OTHER);
        };
    }

    /** The category of a whole, non-negative count in {@code language}. */
    public static PluralCategory forCount(String language, long count) {
        return switch (primary(language)) {
            case "fr" -> count <= 1 ? ONE : OTHER;
            case "pl" -> {
                long lastDigit = count % 10;
                long lastTwo = count % 100;
                if (count == 1) {
                    yield ONE;
                }
                yield lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? FEW : MANY;
            }
            default -> count == 1 ? ONE : OTHER;
        };
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
