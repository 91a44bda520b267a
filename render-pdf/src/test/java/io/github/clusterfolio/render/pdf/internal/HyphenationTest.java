package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.pdf.NordwestRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hyphenation of the bundled dataset's texts. The golden files list every word the brochure may break
 * with each allowed break; they were reviewed by hand for wrong breaks, and any change to the patterns or
 * the rules shows up as a diff ({@code -Dgolden.update=true} rewrites them on purpose).
 */
class HyphenationTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theDatasetsWordsBreakAsReviewed(String language) throws IOException {
        PatternHyphenation hyphenation = PatternHyphenation.forLanguage(language).orElseThrow();
        TreeSet<String> words = new TreeSet<>();
        for (String text : texts(NordwestRegion.region(), language)) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        StringBuilder listing = new StringBuilder();
        for (String word : words) {
            String hyphenated = hyphenation.hyphenated(word);
            if (!hyphenated.equals(word)) {
                listing.append(hyphenated).append('\n');
            }
        }
        Path golden = Path.of("src/test/resources/golden/hyphenation-" + language + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, listing.toString(), StandardCharsets.UTF_8);
        }
        assertThat(listing.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void breaksThatMatter() {
        PatternHyphenation german = PatternHyphenation.forLanguage("de").orElseThrow();
        assertThat(german.hyphenated("Ernährungswirtschaft")).isEqualTo("Ernäh-rungs-wirt-schaft");
        assertThat(german.hyphenated("Energieversorgung")).startsWith("Ener-gie");
        // Names with inner capitals, acronyms, short words and words with digits stay whole.
        assertThat(german.hyphenated("JadeWeser")).isEqualTo("JadeWeser");
        assertThat(german.hyphenated("AVIASPACE")).isEqualTo("AVIASPACE");
        assertThat(german.hyphenated("Hafen")).isEqualTo("Hafen");
        PatternHyphenation english = PatternHyphenation.forLanguage("en").orElseThrow();
        assertThat(english.hyphenated("organisations")).contains("-");
        assertThat(PatternHyphenation.forLanguage("fr")).isEmpty();
    }

    private static List<String> texts(Region region, String language) {
        List<String> texts = new ArrayList<>();
        region.summary().ifPresent(summary -> texts.add(words(region, summary, language)));
        for (Sector sector : region.sectors()) {
            texts.add(words(region, sector.summary(), language));
        }
        for (Organisation organisation : region.organisations()) {
            organisation.description().ifPresent(description -> texts.add(words(region, description, language)));
        }
        return texts;
    }

    /** The words a reader sees of a summary or description (not its markup or link targets), if in the language. */
    private static String words(Region region, Prose text, String language) {
        Prose.Resolved resolved = region.resolve(text, language);
        return resolved.language().equals(language) ? RichText.words(resolved.text()) : "";
    }
}
