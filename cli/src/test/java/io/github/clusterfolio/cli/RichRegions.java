package io.github.clusterfolio.cli;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Qualifier;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded random regions in format 1.1, as YAML: the synthetic regions' structure, with summaries and
 * descriptions written in the Markdown subset (strong and emphasised words, web and e-mail links, bullet
 * lists, several paragraphs) and key figures with qualifiers, decimals written with trailing zeros, negative
 * numbers and units. The same seed gives the same file.
 */
final class RichRegions {
    private static final String[][] WORDS = {
        {"Häfen", "Logistik", "Forschung", "Mitglieder", "Betriebe", "Energie", "Wasserstoff", "Fachkräfte",
            "Gründer", "Märkte", "Küste", "Netzwerk", "Übersee", "Straßen"},
        {"ports", "logistics", "research", "members", "businesses", "energy", "hydrogen", "skilled", "founders",
            "markets", "coast", "network", "overseas", "roads"}
    };
    private static final String[] VALUES = {"12.50", "70000", "-2.75", "1234567.125", "0.5", "300", "10000", "2.0"};

    private RichRegions() {}

    /** A region in format 1.1 with {@code sectors} sectors and {@code organisations} organisations, as YAML. */
    static String yaml(long seed, int sectors, int organisations) {
        SplittableRandom random = new SplittableRandom(seed);
        Region base = SyntheticRegions.generate(seed, sectors, organisations);
        List<Sector> richSectors = new ArrayList<>();
        boolean qualified = false;
        for (Sector sector : base.sectors()) {
            List<KeyFigure> figures = new ArrayList<>();
            for (KeyFigure figure : sector.keyFigures()) {
                Optional<Qualifier> qualifier = !qualified || random.nextBoolean()
                        ? Optional.of(Qualifier.values()[random.nextInt(Qualifier.values().length)]) : Optional.empty();
                qualified = true;
                figures.add(new KeyFigure(figure.label(), new BigDecimal(VALUES[random.nextInt(VALUES.length)]),
                        false, qualifier, figure.unit(), figure.year(), figure.source()));
            }
            richSectors.add(new Sector(sector.id(), sector.name(), prose(random), figures));
        }
        List<Organisation> richOrganisations = new ArrayList<>();
        for (Organisation organisation : base.organisations()) {
            richOrganisations.add(new Organisation(organisation.id(), organisation.name(), organisation.type(),
                    organisation.legalForm(), organisation.sectorIds(), organisation.city(), organisation.website(),
                    random.nextInt(5) == 0 ? Optional.empty() : Optional.of(prose(random)), organisation.tags()));
        }
        Region region = new Region(base.id(), base.name(), Optional.of(prose(random)), base.website(),
                base.languages(), richSectors, richOrganisations);
        return RegionYamlWriter.toYaml(region);
    }

    /** Markdown in German and English; its meaning here is only a stand-in, the loader reads the real one. */
    private static Prose prose(SplittableRandom random) {
        long textSeed = random.nextLong();
        String german = markdown(new SplittableRandom(textSeed), 0);
        String english = markdown(new SplittableRandom(textSeed), 1);
        return Prose.plain(LocalizedText.of("de", german, "en", english));
    }

    private static String markdown(SplittableRandom random, int language) {
        StringBuilder out = new StringBuilder();
        int blocks = 1 + random.nextInt(3);
        for (int b = 0; b < blocks; b++) {
            if (b > 0) {
                out.append("\n\n");
            }
            if (random.nextInt(4) == 0) {
                int items = 1 + random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    out.append(i > 0 ? "\n" : "").append("- ").append(sentence(random, language));
                }
            } else {
                out.append(sentence(random, language)).append(' ').append(sentence(random, language));
            }
        }
        return out.toString();
    }

    private static String sentence(SplittableRandom random, int language) {
        StringBuilder out = new StringBuilder();
        int words = 3 + random.nextInt(6);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String word = WORDS[language][random.nextInt(WORDS[language].length)];
            switch (random.nextInt(10)) {
                case 0 -> out.append("**").append(word).append(' ').append(word).append("**");
                case 1 -> out.append('*').append(word).append('*');
                case 2 -> out.append('[').append(word).append("](https://example.org/").append(word.length())
                        .append('-').append(random.nextInt(100)).append(')');
                case 3 -> out.append('[').append(word).append("](mailto:info").append(random.nextInt(10))
                        .append("@example.org)");
                default -> out.append(word);
            }
        }
        return out.append('.').toString();
    }

    /** The link targets of a text, in order. */
    static List<String> targets(RichText text) {
        List<String> targets = new ArrayList<>();
        collect(text.blocks(), targets);
        return targets;
    }

    private static void collect(List<RichText.Block> blocks, List<String> targets) {
        for (RichText.Block block : blocks) {
            switch (block) {
                case RichText.Paragraph paragraph -> collectInline(paragraph.inlines(), targets);
                case RichText.BulletList list -> list.items().forEach(item -> collect(item, targets));
            }
        }
    }

    private static void collectInline(List<RichText.Inline> inlines, List<String> targets) {
        for (RichText.Inline inline : inlines) {
            switch (inline) {
                case RichText.Link link -> targets.add(link.target().toString());
                case RichText.Strong strong -> collectInline(strong.content(), targets);
                case RichText.Emphasis emphasis -> collectInline(emphasis.content(), targets);
                default -> {}
            }
        }
    }
}
