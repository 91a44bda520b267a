package io.github.clusterfolio.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class LabelCatalogTest {
    static final java.util.List<String> BUNDLED = LabelCatalog.BUNDLED_LANGUAGES;

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void everyBundledLanguageHasEveryKeyAndNoOther(String language) {
        Map<String, String> texts = LabelCatalog.bundled().completeTexts(language);
        assertThat(texts.keySet()).containsExactlyElementsOf(LabelCatalog.keysFor(language));
        // completeTexts falls back to English; the bundled file itself must have each key of its own.
        Labels labels = LabelCatalog.bundled().forLanguage(language);
        for (Label label : Label.values()) {
            assertThat(labels.languageOf(label)).as("%s in %s", label, language).isEqualTo(language);
        }
        for (String key : LabelCatalog.keysFor(language)) {
            assertThat(LabelCatalog.bundled().own(language, key)).as("%s in %s", key, language).isNotBlank();
        }
    }

    @ParameterizedTest
    @FieldSource("BUNDLED")
    void placeholdersAreThoseOfEnglish(String language) {
        LabelCatalog bundled = LabelCatalog.bundled();
        for (String key : LabelCatalog.keysFor(language)) {
            Label label = LabelCatalog.labelOfKey(key);
            String english = label.plural() ? label.key() + ".other" : key;
            assertThat(LabelTexts.placeholders(bundled.own(language, key))).as("%s in %s", key, language)
                    .isEqualTo(LabelTexts.placeholders(bundled.own("en", english)))
                    .isEqualTo(Set.copyOf(label.placeholders()));
        }
        assertThat(bundled.check(new LabelSet(language, bundled.completeTexts(language)))).isEmpty();
    }

    @Test
    void aBrokenBundleWouldBeFound() {
        // The test above must be able to fail: a text with a wrong placeholder is reported.
        Map<String, String> texts = new LinkedHashMap<>(LabelCatalog.bundled().completeTexts("de"));
        texts.put("page.of", "Seite {seite} von {pages}");
        texts.remove("contents");
        var problems = LabelCatalog.bundled().check(new LabelSet("sv", texts));
        assertThat(problems).extracting(LabelProblem::kind)
                .containsExactlyInAnyOrder(LabelProblem.Kind.PLACEHOLDERS, LabelProblem.Kind.MISSING_KEY);
        assertThat(problems).extracting(LabelProblem::message).anySatisfy(message -> assertThat(message)
                .isEqualTo("the text of 'page.of' must contain {page}, {pages}, as in English; it has {pages}, {seite}"));
    }

    @Test
    void pluralFormsFollowTheLanguage() {
        Labels polish = LabelCatalog.bundled().forLanguage("pl");
        assertThat(polish.count(Label.ORGANISATION_COUNT, 1, "1")).isEqualTo("1 organizacja");
        assertThat(polish.count(Label.ORGANISATION_COUNT, 3, "3")).isEqualTo("3 organizacje");
        assertThat(polish.count(Label.ORGANISATION_COUNT, 5, "5")).isEqualTo("5 organizacji");
        assertThat(polish.count(Label.ORGANISATION_COUNT, 12, "12")).isEqualTo("12 organizacji");
        assertThat(polish.count(Label.ORGANISATION_COUNT, 22, "22")).isEqualTo("22 organizacje");
        Labels french = LabelCatalog.bundled().forLanguage("fr");
        assertThat(french.count(Label.SECTOR_COUNT, 0, "0")).isEqualTo("0 secteur");
        assertThat(french.count(Label.SECTOR_COUNT, 2, "2")).isEqualTo("2 secteurs");
        Labels english = LabelCatalog.bundled().forLanguage("en");
        assertThat(english.count(Label.SECTOR_COUNT, 1, "1")).isEqualTo("1 sector");
        assertThat(english.count(Label.SECTOR_COUNT, 0, "0")).isEqualTo("0 sectors");
    }

    @Test
    void textsFillPlaceholdersByName() {
        Labels german = LabelCatalog.bundled().forLanguage("de");
        assertThat(german.text(Label.PAGE_OF, 3, 12)).isEqualTo("Seite 3 von 12");
        assertThat(german.text(Label.QUALIFIER_ABOUT, "10.000")).isEqualTo("rund 10.000");
        assertThat(german.text(Label.TYPE_PUBLIC_BODY)).isEqualTo("Öffentliche Stelle");
        assertThatThrownBy(() -> german.text(Label.PAGE_OF, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> german.text(Label.SECTOR_COUNT, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLanguageWithoutLabelsGetsEnglishStandIns() {
        LabelCatalog bundled = LabelCatalog.bundled();
        assertThat(bundled.has("sv")).isFalse();
        assertThat(bundled.has("de-AT")).isTrue();
        Labels swedish = bundled.forLanguage("sv");
        assertThat(swedish.text(Label.CONTENTS)).isEqualTo("Contents");
        assertThat(swedish.languageOf(Label.CONTENTS)).isEqualTo("en");
        assertThat(bundled.forLanguage("en-GB").languageOf(Label.CONTENTS)).isEqualTo("en-GB");
        assertThat(bundled.forLanguage("de-AT").text(Label.CONTENTS)).isEqualTo("Inhalt");
    }

    @Test
    void aSuppliedSetAddsALanguageOrReplacesWords() {
        Map<String, String> swedish = new LinkedHashMap<>(LabelCatalog.bundled().completeTexts("sv"));
        swedish.put("contents", "Innehåll");
        LabelCatalog catalog = LabelCatalog.bundled()
                .with(new LabelSet("sv", swedish))
                .with(new LabelSet("de", Map.of("tags", "Stichwörter")));
        assertThat(catalog.has("sv")).isTrue();
        assertThat(catalog.forLanguage("sv").text(Label.CONTENTS)).isEqualTo("Innehåll");
        assertThat(catalog.forLanguage("sv").languageOf(Label.CONTENTS)).isEqualTo("sv");
        assertThat(catalog.forLanguage("de").text(Label.TAGS)).isEqualTo("Stichwörter");
        assertThat(catalog.forLanguage("de").text(Label.CONTENTS)).isEqualTo("Inhalt");
        assertThat(LabelCatalog.bundled().forLanguage("de").text(Label.TAGS)).as("bundled untouched").isEqualTo("Schlagwörter");
        assertThatThrownBy(() -> LabelCatalog.bundled().with(new LabelSet("sv", Map.of("contents", "Innehåll"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is missing");
    }

    @Test
    void pluralKeysAreCheckedAgainstTheLanguagesForms() {
        var problems = LabelCatalog.bundled().check(new LabelSet("de", Map.of(
                "organisation-count.few", "{count} Organisationen", "sector-count", "{count} Branchen", "contens", "x")));
        assertThat(problems).extracting(LabelProblem::message).containsExactlyInAnyOrder(
                "'organisation-count.few' is not a plural form of de, which has one, other",
                "'sector-count' is a plural label: give its forms as sector-count.one, sector-count.other",
                "unknown label 'contens'");
    }

    @Test
    void placeholderSyntaxIsStrict() {
        assertThat(LabelTexts.placeholders("{count} of {total}")).containsExactly("count", "total");
        assertThat(LabelTexts.placeholders("{Count} {} { x")).containsExactlyInAnyOrder("{Count}", "{}", "{ x");
        assertThat(LabelTexts.placeholders("a } b")).containsExactly("}");
        assertThat(LabelTexts.placeholders("Seite {{page}}")).as("as written, no stray brace").containsExactly("{{page}}");
        assertThat(LabelTexts.placeholders("{page}} of {pages}")).containsExactlyInAnyOrder("{page}}", "pages");
    }
}
