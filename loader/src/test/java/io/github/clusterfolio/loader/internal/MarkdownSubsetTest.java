package io.github.clusterfolio.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.RichText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import io.github.clusterfolio.model.synthetic.HostileMarkdown;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown subset: what it recognises, what stays literal, and hostile input that must not hurt. */
class MarkdownSubsetTest {
    /** Hostile Markdown, the same cases the cli runs through every renderer. */
    static Stream<String> hostile() {
        return HostileMarkdown.CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileMarkdownIsReadQuicklyAndLinksOnlyWhatTheRuleAccepts(String markdown) {
        long start = System.nanoTime();
        MarkdownSubset.Reading reading = MarkdownSubset.read(markdown);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        List<String> targets = new ArrayList<>();
        collectTargets(reading.text().blocks(), targets);
        assertThat(targets).allSatisfy(target -> assertThat(target).matches("(https?://|mailto:).*"));
        assertThat(reading.text().plainText()).doesNotContain("javascript:alert(1) (");
    }

    @Test
    void onlyDashListsAreListsAndDeepNestingStaysText() {
        assertThat(MarkdownSubset.read("- a\n- b").text().blocks().getFirst()).isInstanceOf(RichText.BulletList.class);
        assertThat(MarkdownSubset.read("* a\n* b").text().blocks().getFirst()).isInstanceOf(RichText.Paragraph.class);
        assertThat(MarkdownSubset.read("1. a\n2. b").text().plainText()).isEqualTo("1. a\n2. b");
        String deep = "- a\n  - b\n    - c\n      - d\n        - e\n          - f";
        assertThat(depth(MarkdownSubset.read(deep).text().blocks())).isEqualTo(MarkdownSubset.MAX_LIST_DEPTH);
    }

    @Test
    void aRefusedLinkIsReportedAtItsLineAndColumn() {
        MarkdownSubset.Reading reading = MarkdownSubset.read("one\n\ntwo [x](javascript:alert(1))");
        assertThat(reading.badLinks()).singleElement().satisfies(bad -> {
            assertThat(bad.line()).isEqualTo(2);
            assertThat(bad.column()).isEqualTo(4);
            assertThat(bad.message()).contains("javascript");
        });
    }

    @Test
    void referenceLinksAndTheirDefinitionsStayText() {
        RichText text = MarkdownSubset.read("see [the report][r]\n\n[r]: https://example.org/").text();
        assertThat(text.plainText()).isEqualTo("see [the report][r]\n\n[r]: https://example.org/");
    }

    private static int depth(List<RichText.Block> blocks) {
        int deepest = 0;
        for (RichText.Block block : blocks) {
            if (block instanceof RichText.BulletList list) {
                for (List<RichText.Block> item : list.items()) {
                    deepest = Math.max(deepest, 1 + depth(item));
                }
            }
        }
        return deepest;
    }

    private static void collectTargets(List<RichText.Block> blocks, List<String> targets) {
        for (RichText.Block block : blocks) {
            switch (block) {
                case RichText.Paragraph paragraph -> collectInlineTargets(paragraph.inlines(), targets);
                case RichText.BulletList list -> list.items().forEach(item -> collectTargets(item, targets));
            }
        }
    }

    private static void collectInlineTargets(List<RichText.Inline> inlines, List<String> targets) {
        for (RichText.Inline inline : inlines) {
            switch (inline) {
                case RichText.Link link -> {
                    targets.add(link.target().toString());
                    collectInlineTargets(link.content(), targets);
                }
                case RichText.Strong strong -> collectInlineTargets(strong.content(), targets);
                case RichText.Emphasis emphasis -> collectInlineTargets(emphasis.content(), targets);
                default -> {}
            }
        }
    }
}
