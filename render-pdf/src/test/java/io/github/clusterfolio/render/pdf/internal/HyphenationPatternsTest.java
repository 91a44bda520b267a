package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.pdf.hyphenation.Hyphen;
import org.openpdf.text.pdf.hyphenation.PatternConsumer;
import org.openpdf.text.pdf.hyphenation.SimplePatternParser;

/**
 * The tables the build compiles hold exactly what the XML patterns say: every pattern with its values, every
 * exception, and the local overrides on top. Read with OpenPDF's own parser, independently of the compiler.
 */
class HyphenationPatternsTest {
    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theCompiledTableHoldsEveryPatternAndExceptionOfTheXml(String language) throws IOException {
        Xml xml = new Xml();
        try (InputStream in = Files.newInputStream(Path.of("src/main/hyphenation", language + ".xml"))) {
            new SimplePatternParser().parse(in, xml);
        }
        HyphenationPatterns table = HyphenationPatterns.load(language).orElseThrow();

        assertThat(xml.patterns).hasSizeGreaterThan(language.equals("de") ? 30_000 : 4_000);
        assertThat(table.size()).isEqualTo(xml.patterns.size());
        xml.patterns.forEach((pattern, values) ->
                assertThat(table.values(pattern)).as(pattern).hasValueSatisfying(
                        found -> assertThat(found).isEqualTo(values)));
        assertThat(table.values("zzzzzzzz")).isEmpty();
        for (String override : overrides(language)) {
            xml.exceptions.put(override, null);
        }
        xml.exceptions.forEach((word, breaks) -> {
            if (breaks != null) {
                assertThat(table.exception(word)).as(word).hasValueSatisfying(
                        found -> assertThat(found).isEqualTo(breaks));
            } else {
                assertThat(table.exception(word)).as(word).isPresent();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "xx", "../de"})
    void aLanguageWithoutPatternsHasNoTable(String language) throws IOException {
        assertThat(HyphenationPatterns.load(language)).isEmpty();
    }

    /** The words of overrides.txt for a language, without their hyphens. */
    private static List<String> overrides(String language) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/hyphenation/overrides.txt"))) {
            if (line.startsWith(language + " ")) {
                words.add(line.substring(language.length() + 1).strip().replace("-", ""));
            }
        }
        return words;
    }

    private static final class Xml implements PatternConsumer {
        final Map<String, byte[]> patterns = new HashMap<>();
        final Map<String, int[]> exceptions = new HashMap<>();

        @Override
        public void addClass(String group) {}

        @Override
        @SuppressWarnings("rawtypes")
        public void addException(String word, ArrayList parts) {
            List<Integer> breaks = new ArrayList<>();
            int letters = 0;
            for (Object part : parts) {
                if (part instanceof String text) {
                    letters += text.length();
                } else if (part instanceof Hyphen) {
                    breaks.add(letters);
                }
            }
            exceptions.put(word, breaks.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public void addPattern(String pattern, String digits) {
            byte[] values = new byte[digits.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (byte) (digits.charAt(i) - '0');
            }
            patterns.put(pattern, values);
        }
    }
}
