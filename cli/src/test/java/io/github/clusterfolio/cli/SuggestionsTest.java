package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> OPTIONS = List.of("--format", "--lang", "--out", "--quiet", "--theme", "--timestamp");

    @Test
    void suggestsTheNearestWordForATypo() {
        assertThat(Suggestions.didYouMean("--fromat", OPTIONS)).isEqualTo(" (did you mean --format?)");
        assertThat(Suggestions.didYouMean("--timestmp", OPTIONS)).isEqualTo(" (did you mean --timestamp?)");
        assertThat(Suggestions.didYouMean("rendr", List.of("render", "validate", "schema")))
                .isEqualTo(" (did you mean render?)");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.didYouMean("--colour", OPTIONS)).isEmpty();
        assertThat(Suggestions.didYouMean("x", OPTIONS)).isEmpty();
    }

    @Test
    void countsSwappedLettersAsOneEdit() {
        assertThat(Suggestions.distance("fromat", "format")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
