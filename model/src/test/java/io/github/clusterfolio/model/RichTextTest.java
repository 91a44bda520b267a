package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for texts: how plain text becomes paragraphs, and the plain-text form every CSV cell has. */
class RichTextTest {

    @Test
    void aBlankLineSeparatesParagraphsAndASingleLineBreakIsASpace() {
        RichText text = RichText.plain("  First line\nwrapped here.  \n \t\nSecond\r\nparagraph.\r\rThird.");
        assertThat(text.blocks()).containsExactly(
                RichText.Paragraph.of("First line wrapped here."),
                RichText.Paragraph.of("Second paragraph."),
                RichText.Paragraph.of("Third."));
        assertThat(text.plainText()).isEqualTo("First line wrapped here.\n\nSecond paragraph.\n\nThird.");
    }

    @Test
    void lineAndParagraphSeparatorsMeanWhatUnicodeSays() {
        RichText text = RichText.plain("one\u2028two\u2029three");
        assertThat(text.blocks()).containsExactly(
                new RichText.Paragraph(List.of(new RichText.Text("one"), new RichText.LineBreak(),
                        new RichText.Text("two"))),
                RichText.Paragraph.of("three"));
        assertThat(text.plainText()).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void spacesWithinALineStayAsWritten() {
        assertThat(RichText.plain("a  b\tc").plainText()).isEqualTo("a  b\tc");
    }

    @Test
    void thePlainTextFormWritesLinksAsWordsAndTargetAndListsWithDashes() {
        RichText.Link link = new RichText.Link(URI.create("https://example.org/"), List.of(new RichText.Text("report")));
        RichText.Link bare = new RichText.Link(URI.create("mailto:info@example.org"),
                List.of(new RichText.Text("mailto:info@example.org")));
        RichText text = new RichText(List.of(
                new RichText.Paragraph(List.of(new RichText.Text("See the "),
                        new RichText.Strong(List.of(link)), new RichText.Text(" or "), bare)),
                new RichText.BulletList(List.of(
                        List.of(RichText.Paragraph.of("one"),
                                new RichText.BulletList(List.of(List.of(RichText.Paragraph.of("inner"))))),
                        List.of(new RichText.Paragraph(List.of(new RichText.Emphasis(
                                List.of(new RichText.Text("two"))))))))));
        assertThat(text.plainText()).isEqualTo(
                "See the report (https://example.org/) or mailto:info@example.org\n\n- one\n  - inner\n- two");
        assertThat(RichText.words(text)).isEqualTo("See the report or mailto:info@example.org\n\n- one\n  - inner\n- two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "ftp://example.org/", "https://a@b.example/",
        "mailto:a b@example.org", "mailto:@example.org", "MAILTO:info@example.org", "mailto:info@example.org?subject=x"})
    void aLinkLeadsOnlyWhereTheRuleAllows(String target) {
        assertThatThrownBy(() -> new RichText.Link(URI.create(target.replace(" ", "%20")),
                List.of(new RichText.Text("x")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proseKnowsWhatEachWrittenTextMeansAndFallsBackLikeAnyText() {
        Prose prose = Prose.plain(LocalizedText.of(Map.of("de", "Eins\n\nZwei")));
        Prose.Resolved english = prose.resolve("en", "de");
        assertThat(english.language()).isEqualTo("de");
        assertThat(english.written().fallback()).isTrue();
        assertThat(english.text().blocks()).hasSize(2);
        assertThatThrownBy(() -> new Prose(LocalizedText.of("x"), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
