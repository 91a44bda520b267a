package io.github.clusterfolio.cli;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Seeded random valid regions whose every text field holds awkward text: the shared {@link AwkwardText}
 * samples (quotes, separators, line breaks, combining marks, right-to-left scripts, emoji, CJK, zero-width
 * and control characters, markup, long words) mixed with ordinary words, sometimes the same in every
 * language, sometimes translated, sometimes missing in a language (so that the fallback is exercised).
 * The same seed and sizes always give the same region.
 */
final class AwkwardRegions {
    private static final String[] WORDS = {
        "Hafen", "Logistik", "network", "Windenergie", "research", "Zusammenarbeit", "Bremerhaven", "cluster",
        "Wasserstoff", "Oldenburg", "maritime", "Lebensmittel", "aerospace", "Übersee", "Straße", "Größe"
    };

    private AwkwardRegions() {}

    /** A region of {@code sectors} sectors and {@code organisations} organisations, languages de and en. */
    static Region generate(long seed, int sectors, int organisations) {
        SplittableRandom random = new SplittableRandom(seed);
        Region.Builder region = Region.builder("awkward-" + Long.toUnsignedString(seed, 36), text(random))
                .languages("de", "en")
                .summary(paragraphs(random))
                .website(URI.create("https://region.example.org/?q=" + seed + "&x=%22a%22#top"));
        for (int s = 0; s < sectors; s++) {
            region.sector(sector(random, s));
        }
        for (int o = 0; o < organisations; o++) {
            region.organisation(organisation(random, o, sectors));
        }
        return region.build();
    }

    private static Sector sector(SplittableRandom random, int index) {
        List<KeyFigure> figures = new ArrayList<>();
        int count = random.nextInt(3);
        for (int f = 0; f < count; f++) {
            figures.add(new KeyFigure(
                    text(random),
                    new BigDecimal(random.nextInt(0, 2_000_000) + (random.nextBoolean() ? "" : "." + random.nextInt(1, 10))),
                    random.nextBoolean(),
                    random.nextBoolean() ? Optional.of(text(random)) : Optional.empty(),
                    random.nextBoolean() ? OptionalInt.of(random.nextInt(1990, 2030)) : OptionalInt.empty(),
                    random.nextBoolean()
                            ? Optional.of(new Source(text(random), random.nextBoolean()
                                    ? Optional.of(URI.create("https://statistics.example.org/t?id=" + index + "&f=" + f))
                                    : Optional.empty()))
                            : Optional.empty()));
        }
        return new Sector("sector-" + (index + 1), text(random), paragraphs(random), figures);
    }

    private static Organisation organisation(SplittableRandom random, int index, int sectors) {
        int main = random.nextInt(sectors);
        List<String> sectorIds = new ArrayList<>(List.of("sector-" + (main + 1)));
        if (sectors > 1 && random.nextInt(4) == 0) {
            sectorIds.add("sector-" + ((main + 1 + random.nextInt(sectors - 1)) % sectors + 1));
        }
        List<String> tags = new ArrayList<>();
        int tagCount = random.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            tags.add(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : AwkwardText.pick(random));
        }
        return Organisation.builder("org-" + (index + 1), text(random))
                .type(OrganisationType.values()[random.nextInt(OrganisationType.values().length)])
                .legalForm(random.nextBoolean() ? phrase(random) : null)
                .sectors(sectorIds)
                .city(random.nextInt(4) == 0 ? null : phrase(random))
                .website(random.nextInt(3) == 0 ? null
                        : URI.create("https://org-" + (index + 1) + ".example.org/path?a=1&b=%3Cx%3E"))
                .description(random.nextInt(5) == 0 ? null : paragraphs(random))
                .tags(tags)
                .build();
    }

    /** A text: the same in every language, translated, or (one in six) written in German only. */
    private static LocalizedText text(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> LocalizedText.of(phrase(random));
            case 2 -> LocalizedText.of(java.util.Map.of("de", phrase(random)));
            default -> LocalizedText.of("de", phrase(random), "en", phrase(random));
        };
    }

    private static LocalizedText paragraphs(SplittableRandom random) {
        return random.nextInt(5) == 0
                ? LocalizedText.of(java.util.Map.of("de", paragraphText(random)))
                : LocalizedText.of("de", paragraphText(random), "en", paragraphText(random));
    }

    private static String paragraphText(SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            text.append(phrase(random)).append(' ').append(phrase(random));
        }
        return text.toString();
    }

    /** A few ordinary words around one to three awkward samples. */
    private static String phrase(SplittableRandom random) {
        StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        text.append(' ').append(AwkwardText.pick(random));
        if (random.nextBoolean()) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
