package io.github.clusterfolio.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The loader's hand-written checks accept exactly what the model's constructors accept, so that a file the
 * loader lets through always builds (thousands of seeded random strings, plus the awkward cases).
 */
class ValuesTest {
    private static String random(SplittableRandom random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static final LocalizedText TEXT = LocalizedText.of("text");

    private static boolean modelAcceptsId(String id) {
        try {
            new Sector(id, TEXT, TEXT, List.of());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean modelAcceptsLanguage(String tag) {
        try {
            LocalizedText.of(Map.of(tag, "text"));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean modelAcceptsWebAddress(String address) {
        try {
            new Source(TEXT, Optional.of(new URI(address)));
            return true;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void slugsAgreeWithTheModel() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50_000; i++) {
            String id = random(random, "ab09-A_ .ä", 7);
            assertThat(Values.isSlug(id)).as("'%s'", id).isEqualTo(modelAcceptsId(id));
        }
    }

    @Test
    void languageTagsAgreeWithTheModel() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 50_000; i++) {
            String tag = random(random, "deEN19-_x", 12);
            assertThat(Values.isLanguageTag(tag)).as("'%s'", tag).isEqualTo(modelAcceptsLanguage(tag));
        }
        assertThat(Values.isLanguageTag("de-ABCDEFGH")).isTrue();
        assertThat(Values.isLanguageTag("de-ABCDEFGHI")).isFalse();
        assertThat(Values.isLanguageTag("de-\u00e4\u00e4")).isFalse();
    }

    @Test
    void webAddressesAgreeWithTheModel() {
        SplittableRandom random = new SplittableRandom(3);
        String[] starts = {"http://", "https://", "HTTPS://", "ftp://", "javascript:", "", "//", "https:///", "mailto:"};
        for (int i = 0; i < 50_000; i++) {
            String address = starts[random.nextInt(starts.length)] + random(random, "ab.:/?#@%20- äx[]", 12);
            boolean loaderAccepts = Values.whyNotWebAddress(address) == null;
            assertThat(loaderAccepts).as("'%s'", address).isEqualTo(modelAcceptsWebAddress(address));
        }
    }

    @Test
    void decimalsAreJsonNumbersWithoutNegativeScale() {
        assertThat(Values.parseDecimal("70000")).isEqualTo(new BigDecimal("70000"));
        assertThat(Values.parseDecimal("-2.75")).isEqualTo(new BigDecimal("-2.75"));
        assertThat(Values.parseDecimal("1.5e3")).isEqualTo(new BigDecimal("1500"));
        assertThat(Values.parseDecimal("0")).isEqualTo(BigDecimal.ZERO);
        // Regression (found by fuzzing): a huge exponent is not written out in a hundred million digits.
        BigDecimal huge = Values.parseDecimal("1e999999999");
        assertThat(huge).isEqualByComparingTo(new BigDecimal("1e999999999"));
        assertThat(Values.whyOutOfBounds(huge, "1e999999999")).contains("has too many digits");
        assertThat(Values.whyOutOfBounds(Values.parseDecimal("1e-999999999"), "1e-999999999"))
                .contains("has too many decimal places");
        for (String notANumber : new String[] {"", "-", "017", "1.", ".5", "1e", "1e+", "+1", "0x1F", "1_000", "1,5",
            ".inf", "NaN", "1e1234567890", " 1"}) {
            assertThat(Values.parseDecimal(notANumber)).as("'%s'", notANumber).isNull();
        }
    }

    @Test
    void slugsAreSuggestedFromNames() {
        assertThat(Values.slugFrom("Häfen & Logistik")).isEqualTo("haefen-logistik");
        assertThat(Values.slugFrom("Straße der Café-Rösterei")).isEqualTo("strasse-der-cafe-roesterei");
        assertThat(Values.slugFrom("  --  ")).isEmpty();
    }
}
