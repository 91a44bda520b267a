package io.github.clusterfolio.render.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellEncodingTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+1|'=1+1", "+49 421|'+49 421", "-5|'-5", "@SUM(A1)|'@SUM(A1)", "'=x|''=x", "''-x|'''-x",
        "'s-Hertogenbosch|'s-Hertogenbosch", "'|'", "a=b|a=b", "Münster|Münster", "` -x`|` -x`", "#x|#x"
    })
    void guardPrefixesFormulaStartsOnly(String text, String guarded) {
        assertThat(FormulaGuard.guard(text)).isEqualTo(guarded);
    }

    @org.junit.jupiter.api.Test
    void guardCoversTabAndCarriageReturn() {
        assertThat(FormulaGuard.guard("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.guard("\r\n=1")).isEqualTo("'\r\n=1");
        assertThat(FormulaGuard.guard("\n=1")).isEqualTo("\n=1");
    }

    @Test
    void listsAreJoinedWithPipesAndEscapedWithBackslashes() {
        assertThat(ListCell.join(List.of())).isEmpty();
        assertThat(ListCell.join(List.of("a"))).isEqualTo("a");
        assertThat(ListCell.join(List.of("a", "b c", "d"))).isEqualTo("a|b c|d");
        assertThat(ListCell.join(List.of("a|b", "c\\"))).isEqualTo("a\\|b|c\\\\");
        assertThat(ListCell.join(List.of("|"))).isEqualTo("\\|");
    }

    @Test
    void tsvEscapesBackslashTabAndLineBreaksOnly() {
        assertThat(TsvEscapes.escape("plain \"quoted\", ;")).isEqualTo("plain \"quoted\", ;");
        assertThat(TsvEscapes.escape("a\tb\nc\rd\\e")).isEqualTo("a\\tb\\nc\\rd\\\\e");
    }
}
