package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A model written as YAML and loaded again is the same model. */
class RoundTripTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234, 99_999, -7})
    void syntheticRegionsLoadBackUnchanged(long seed) {
        Region original = SyntheticRegions.generate(seed, 1 + Math.floorMod(seed, 9), 50 + Math.floorMod(seed, 200));
        String yaml = RegionYamlWriter.toYaml(original);

        LoadResult result = RegionLoader.builder().strict(true).build().read(yaml, "synthetic-" + seed + ".yaml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.region()).contains(original);
    }

    /** Characters that YAML, quoting or the loader's own checks could get wrong. */
    private static final String[] AWKWARD = {
        "ä", "ß", "„", "“", "‘", "’", "«", "»", "—", "–", "…", "\"", "'", "\\", "#", ": ", " #", "- ", "&", "*",
        "!", "%", "@", "`", "|", ">", "{", "}", "[", "]", ",", "?", "\n", "\t", "\r\n", "\u00a0", "\u2028",
        "\u2029", "\u0085", "\u200b", "\u200d", "\ufeff", "\u05e9", "\u0627", "\u202e", "😀", "👨‍👩‍👧", "🇩🇪",
        "e\u0301", "𝔸", "---", "...", "yes", "no", "on", "~", "null", "017", "0x1F", "1e3", ".inf", "true", " "
    };

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void awkwardTextsLoadBackUnchanged(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Region.Builder builder = Region.builder("awkward-" + seed, text(random))
                .languages("de", "en")
                .summary(LocalizedText.of("de", awkward(random), "en", awkward(random)))
                .website(URI.create("https://example.org/p?q=" + seed + "&x=%20#frag"));
        builder.sector(new Sector("sector-a", text(random), text(random), List.of(new KeyFigure(
                text(random),
                new BigDecimal(random.nextInt(-1000, 1000) + "." + random.nextInt(0, 999)),
                random.nextBoolean(),
                Optional.of(text(random)),
                OptionalInt.of(random.nextInt(1000, 10000)),
                Optional.of(new Source(text(random), Optional.of(URI.create("http://example.org:8080/a/b"))))))));
        for (int i = 0; i < 20; i++) {
            builder.organisation(Organisation.builder("org-" + i, text(random))
                    .type(OrganisationType.values()[random.nextInt(OrganisationType.values().length)])
                    .legalForm(awkward(random))
                    .sectors("sector-a")
                    .city(awkward(random))
                    .description(text(random))
                    .tags(List.of(awkward(random), awkward(random)))
                    .build());
        }
        Region original = builder.build();

        LoadResult result = RegionLoader.builder().strict(true).build()
                .read(RegionYamlWriter.toYaml(original), "awkward-" + seed + ".yaml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.region()).contains(original);
    }

    @Test
    void everySharedAwkwardSampleLoadsBackUnchangedInEveryKindOfField() {
        Region.Builder builder = Region.builder("awkward-samples", LocalizedText.of("Samples"))
                .languages("de", "en")
                .sector(new Sector("sector-a", LocalizedText.of("A"), LocalizedText.of("A"), List.of()));
        int index = 0;
        for (String sample : AwkwardText.SAMPLES) {
            builder.organisation(Organisation.builder("org-" + index++, LocalizedText.of(sample))
                    .type(OrganisationType.COMPANY)
                    .legalForm(sample)
                    .sectors("sector-a")
                    .city(sample)
                    .description(LocalizedText.of("de", sample, "en", sample))
                    .tags(List.of(sample))
                    .build());
        }
        Region original = builder.build();

        LoadResult result = RegionLoader.builder().strict(true).build()
                .read(RegionYamlWriter.toYaml(original), "samples.yaml");

        assertThat(result.problems()).isEmpty();
        assertThat(result.region()).contains(original);
    }

    private static LocalizedText text(SplittableRandom random) {
        return random.nextBoolean()
                ? LocalizedText.of(awkward(random))
                : LocalizedText.of("de", awkward(random), "en", awkward(random));
    }

    private static String awkward(SplittableRandom random) {
        StringBuilder text = new StringBuilder("x");
        int parts = 1 + random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        if (random.nextBoolean()) {
            text.insert(0, AWKWARD[random.nextInt(AWKWARD.length)]);
        }
        return text.toString();
    }
}
