package io.github.clusterfolio.model.synthetic;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A seeded generator of valid synthetic regions of any size, shared by the tests of every module and by
 * the benchmarks. The same seed and sizes always give the same region. Texts are German and English
 * sentences with umlauts, ß, typographic and straight quotes, commas, semicolons and line breaks, so that
 * every renderer meets the characters real data has.
 */
public final class SyntheticRegions {
    private static final String[] DE_SUBJECTS = {
        "Die Großhändler", "Unsere Mitglieder", "Der Verbund", "Das Netzwerk", "Die Zulieferer",
        "Forschungsinstitute", "Die Häfen", "Mittelständische Betriebe", "Die Straßenlogistik", "Junge Unternehmen"
    };
    private static final String[] DE_VERBS = {
        "entwickeln", "fördern", "verknüpfen", "erschließen", "stärken", "prüfen", "gestalten", "begleiten"
    };
    private static final String[] DE_OBJECTS = {
        "nachhaltige Lösungen für „grüne“ Energie", "Märkte in Übersee; vor allem in Skandinavien",
        "Fachkräfte, Auszubildende und Gründer", "die Zusammenarbeit über Ländergrenzen hinweg",
        "den Güterumschlag an der Küste", "Qualität \"made in Nordwest\"", "Ideen für Lebensmittel, Bioökonomie und Moore",
        "Prozesse in der Luft- und Raumfahrt", "Wärme, Strom & Wasserstoff", "Projekte mit 50 % Förderquote"
    };
    private static final String[] EN_SUBJECTS = {
        "Wholesalers", "Our members", "The alliance", "The network", "Suppliers", "Research institutes",
        "The ports", "Medium-sized firms", "Road hauliers", "Start-ups"
    };
    private static final String[] EN_VERBS = {
        "develop", "promote", "connect", "open up", "strengthen", "test", "shape", "support"
    };
    private static final String[] EN_OBJECTS = {
        "sustainable solutions for “green” energy", "overseas markets; above all in Scandinavia",
        "skilled workers, apprentices and founders", "cooperation across borders", "cargo handling on the coast",
        "quality \"made in the Northwest\"", "ideas for food, the bioeconomy and peatlands",
        "processes in aerospace", "heat, power & hydrogen", "projects with 50 % funding"
    };
    private static final String[] CITIES = {
        "Bremen", "Oldenburg", "Bremerhaven", "Wilhelmshaven", "Osnabrück", "Delmenhorst", "Vechta", "Emden",
        "Cloppenburg", "Papenburg", "Nordenham", "Bad Zwischenahn"
    };
    private static final String[] SECTOR_WORDS_DE = {
        "Logistik", "Ernährung", "Gesundheit", "Energie", "Luftfahrt", "Mobilität", "Meerestechnik", "Chemie",
        "Holz", "Tourismus", "Kreativwirtschaft", "Software"
    };
    private static final String[] SECTOR_WORDS_EN = {
        "Logistics", "Food", "Health", "Energy", "Aviation", "Mobility", "Marine technology", "Chemicals",
        "Timber", "Tourism", "Creative industries", "Software"
    };
    private static final String[] TAGS = {
        "mobility", "food", "ports", "energy", "hydrogen", "materials", "climate", "digital", "training", "export"
    };
    private static final String[] LEGAL_FORMS = {"e. V.", "GmbH", "GmbH & Co. KG", "AG", "gGmbH"};

    private SyntheticRegions() {}

    /** A region with {@code organisations} organisations spread over {@code sectors} sectors, languages de and en. */
    public static Region generate(long seed, int sectors, int organisations) {
        if (sectors < 1 || organisations < 0) {
            throw new IllegalArgumentException("need at least one sector and no negative count");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Region.Builder region = Region.builder(
                        "synthetic-region-" + Long.toUnsignedString(seed, 36),
                        LocalizedText.of("de", "Synthetische Region " + seed, "en", "Synthetic region " + seed))
                .languages("de", "en")
                .summary(LocalizedText.of("de", paragraphs(random, true, 2), "en", paragraphs(random, false, 2)))
                .website(URI.create("https://region-" + Long.toUnsignedString(seed, 36) + ".example.org/"));
        for (int s = 0; s < sectors; s++) {
            region.sector(sector(random, s));
        }
        for (int o = 0; o < organisations; o++) {
            region.organisation(organisation(random, o, sectors));
        }
        return region.build();
    }

    private static Sector sector(SplittableRandom random, int index) {
        String word = SECTOR_WORDS_EN[index % SECTOR_WORDS_EN.length];
        String id = "sector-" + (index + 1);
        LocalizedText name = LocalizedText.of(
                "de", SECTOR_WORDS_DE[index % SECTOR_WORDS_DE.length] + " " + (index + 1),
                "en", word + " " + (index + 1));
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure(
                LocalizedText.of("de", "Beschäftigte", "en", "Employees"),
                BigDecimal.valueOf(1_000L * (1 + random.nextInt(120))),
                random.nextBoolean(),
                Optional.of(LocalizedText.of("de", "Personen", "en", "people")),
                OptionalInt.of(2015 + random.nextInt(10)),
                Optional.of(new Source(
                        LocalizedText.of("Statistik \"Nordwest\", Tabelle 3; Stand " + (2015 + random.nextInt(10))),
                        Optional.of(URI.create("https://statistics.example.org/table-" + index))))));
        if (random.nextInt(3) == 0) {
            figures.add(new KeyFigure(
                    LocalizedText.of("de", "Umsatzanteil", "en", "Share of turnover"),
                    new BigDecimal(random.nextInt(1, 400) + "." + random.nextInt(10)),
                    false,
                    Optional.of(LocalizedText.of("%")),
                    OptionalInt.empty(),
                    Optional.empty()));
        }
        return new Sector(
                id,
                name,
                LocalizedText.of("de", paragraphs(random, true, 2), "en", paragraphs(random, false, 2)),
                figures);
    }

    private static Organisation organisation(SplittableRandom random, int index, int sectors) {
        int main = random.nextInt(sectors);
        List<String> sectorIds = new ArrayList<>();
        sectorIds.add("sector-" + (main + 1));
        if (sectors > 1 && random.nextInt(4) == 0) {
            int second = (main + 1 + random.nextInt(sectors - 1)) % sectors;
            sectorIds.add("sector-" + (second + 1));
        }
        String city = CITIES[random.nextInt(CITIES.length)];
        String baseName = switch (random.nextInt(5)) {
            case 0 -> "Netzwerk " + SECTOR_WORDS_DE[main % SECTOR_WORDS_DE.length] + " " + city;
            case 1 -> "Ämter-Verbund \"" + city + "\" Nr. " + index;
            case 2 -> "Zentrum für Übersee-Logistik, " + city;
            case 3 -> "Öko & Meer Institut";
            default -> "Cluster Weser–Ems";
        };
        String name = baseName + " " + (index + 1);
        List<String> tags = new ArrayList<>();
        int tagCount = random.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        OrganisationType[] types = OrganisationType.values();
        return Organisation.builder("org-" + (index + 1), random.nextInt(8) == 0
                        ? LocalizedText.of("de", name, "en", name.replace("Zentrum für", "Centre for"))
                        : LocalizedText.of(name))
                .type(types[random.nextInt(types.length)])
                .legalForm(random.nextBoolean() ? LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)] : null)
                .sectors(sectorIds)
                .city(random.nextInt(10) == 0 ? null : city)
                .website(random.nextInt(6) == 0 ? null : URI.create("https://org-" + (index + 1) + ".example.org/"))
                .description(random.nextInt(10) == 0
                        ? null
                        : LocalizedText.of("de", sentences(random, true, 1 + random.nextInt(3)), "en",
                                sentences(random, false, 1 + random.nextInt(3))))
                .tags(tags)
                .build();
    }

    private static String paragraphs(SplittableRandom random, boolean german, int count) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            text.append(sentences(random, german, 2 + random.nextInt(3)));
        }
        return text.toString();
    }

    private static String sentences(SplittableRandom random, boolean german, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            if (s > 0) {
                text.append(' ');
            }
            String[] subjects = german ? DE_SUBJECTS : EN_SUBJECTS;
            String[] verbs = german ? DE_VERBS : EN_VERBS;
            String[] objects = german ? DE_OBJECTS : EN_OBJECTS;
            text.append(subjects[random.nextInt(subjects.length)])
                    .append(' ')
                    .append(verbs[random.nextInt(verbs.length)])
                    .append(' ')
                    .append(objects[random.nextInt(objects.length)])
                    .append('.');
        }
        return text.toString();
    }
}
