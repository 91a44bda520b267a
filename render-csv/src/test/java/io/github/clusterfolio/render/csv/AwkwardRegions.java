package io.github.clusterfolio.render.csv;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded random regions that are hard to export: {@link SyntheticRegions} with texts, tags, numbers and
 * languages made awkward on purpose. Delimiters of every dialect, quotes, CR, LF and CRLF, tabs, every
 * formula start (also behind apostrophes), the list separator and its escape, umlauts, emoji (surrogate
 * pairs, joiners), right-to-left text and bidi controls, leading and trailing spaces, a third language
 * with gaps, texts missing in one language, negative and scaled decimals; plus the shared
 * {@link AwkwardText} samples.
 */
final class AwkwardRegions {
    private static final String[] PIECES = {
        ",", ";", "\"", "\"\"", "'", "\r\n", "\n", "\r", "\t", "|", "\\", "\\|", "|\\", "#", "!", " ",
        "Münster", "Straße", "ÄÖÜäöüß", "😀", "👩‍👩‍👧", "🇩🇪", "مرحبا بالعالم", "שלום", "\u202Eabc\u202C", "\u200F",
        "a,b;c\td", "x\"y\"z", "end\\", "\u00A0", "\u0000", "\u001F", "\u2028", "\uFEFF"
    };
    private static final String[] STARTS = {
        "=", "+", "-", "@", "\t", "\r", "'=", "''+", "'", "'s-Hertogenbosch ", "=HYPERLINK(\"http://x\";\"y\")",
        "-1", "+49 421 1234", "@SUM(A1:A2)", "\r\n", " ", "#", "\"", ";", ","
    };

    private AwkwardRegions() {}

    static Region generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Region base = SyntheticRegions.generate(seed, 1 + random.nextInt(6), random.nextInt(40));
        boolean third = random.nextInt(3) == 0;
        List<String> languages = third ? List.of("de", "en", "fr") : base.languages();
        AwkwardRegions awkward = new AwkwardRegions();
        List<Sector> sectors = new ArrayList<>();
        for (Sector sector : base.sectors()) {
            sectors.add(awkward.sector(random, sector, third));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (Organisation organisation : base.organisations()) {
            organisations.add(awkward.organisation(random, organisation, third));
        }
        return new Region(base.id(), base.name(), base.summary(), base.website(), languages, sectors, organisations);
    }

    private Sector sector(SplittableRandom random, Sector sector, boolean third) {
        List<KeyFigure> figures = new ArrayList<>();
        for (KeyFigure figure : sector.keyFigures()) {
            figures.add(new KeyFigure(
                    text(random, figure.label(), third),
                    value(random, figure.value()),
                    figure.approximate(),
                    random.nextInt(4) == 0 ? Optional.empty() : figure.unit().map(unit -> text(random, unit, third)),
                    random.nextInt(4) == 0 ? OptionalInt.empty() : figure.year(),
                    random.nextInt(4) == 0
                            ? Optional.empty()
                            : figure.source().map(source -> new Source(text(random, source.title(), third), source.url()))));
        }
        if (random.nextInt(3) == 0) {
            figures.add(KeyFigure.of(text(random, LocalizedText.of("de", "Null", "en", "Zero"), third), BigDecimal.ZERO));
        }
        return new Sector(sector.id(), text(random, sector.name(), third), text(random, sector.summary().source(), third), figures);
    }

    private Organisation organisation(SplittableRandom random, Organisation organisation, boolean third) {
        List<String> tags = new ArrayList<>();
        for (String tag : organisation.tags()) {
            tags.add(random.nextInt(3) == 0 ? mangle(random, tag) : tag);
        }
        if (random.nextInt(4) == 0) {
            tags.add(mangle(random, "tag"));
        }
        return new Organisation(
                organisation.id(),
                text(random, organisation.name(), third),
                organisation.type(),
                organisation.legalForm().map(form -> random.nextInt(3) == 0 ? mangle(random, form) : form),
                organisation.sectorIds(),
                organisation.city().map(city -> random.nextInt(3) == 0 ? mangle(random, city) : city),
                organisation.website(),
                organisation.description().map(description -> Prose.plain(text(random, description.source(), third))),
                tags.stream().distinct().toList());
    }

    private static BigDecimal value(SplittableRandom random, BigDecimal value) {
        return switch (random.nextInt(6)) {
            case 0 -> value.negate();
            case 1 -> value.movePointLeft(random.nextInt(1, 5));
            case 2 -> new BigDecimal(value.unscaledValue(), -random.nextInt(1, 4)); // 7E+3: must print as 7000
            case 3 -> new BigDecimal("0.000" + random.nextInt(1, 100));
            default -> value;
        };
    }

    /** The text made awkward, its languages sometimes reduced to one, sometimes turned into one text for all. */
    private static LocalizedText text(SplittableRandom random, LocalizedText text, boolean third) {
        Map<String, String> byLanguage = new TreeMap<>();
        if (text.isSameInEveryLanguage()) {
            if (random.nextInt(3) != 0) {
                return LocalizedText.of(mangle(random, text.everyLanguage().get()));
            }
            byLanguage.put("de", text.everyLanguage().get());
            byLanguage.put("en", text.everyLanguage().get());
        } else {
            byLanguage.putAll(text.byLanguage());
        }
        byLanguage.replaceAll((language, value) -> random.nextInt(3) == 0 ? value : mangle(random, value));
        if (third && random.nextBoolean()) {
            byLanguage.put("fr", mangle(random, "Texte français"));
        }
        switch (random.nextInt(6)) {
            case 0 -> byLanguage.remove("en");
            case 1 -> byLanguage.remove("de");
            case 2 -> {
                return LocalizedText.of(mangle(random, "Gleich in jeder Sprache"));
            }
            default -> {}
        }
        return LocalizedText.of(byLanguage);
    }

    /** {@code text} with awkward pieces before, inside and after it; never blank. */
    static String mangle(SplittableRandom random, String text) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(3) == 0) {
            out.append(STARTS[random.nextInt(STARTS.length)]);
        }
        int cut = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        // Never split a surrogate pair: the exporter writes UTF-8, where a lone surrogate has no encoding.
        if (cut > 0 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        out.append(text, 0, cut);
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextInt(4) == 0) {
            out.append(AwkwardText.pick(random));
        }
        out.append(text, cut, text.length());
        if (random.nextInt(4) == 0) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String result = out.toString();
        return result.isBlank() ? result + "x" : result;
    }
}
