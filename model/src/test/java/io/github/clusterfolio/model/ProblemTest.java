package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Problem}: its invariants, each violated on purpose, its printed form and its order. */
class ProblemTest {
    @Test
    void nothingIsNullAndPositionsAreNotNegative() {
        assertThatThrownBy(() -> new Problem(null, "f", 1, 1, "", "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Problem(Severity.ERROR, null, 1, 1, "", "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Problem(Severity.ERROR, "f", 1, 1, null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Problem(Severity.ERROR, "f", 1, 1, "", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Problem(Severity.ERROR, "f", -1, 1, "", "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem(Severity.ERROR, "f", 1, -1, "", "m"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsFileLineColumnSeverityMessage() {
        assertThat(new Problem(Severity.ERROR, "region.yaml", 12, 5, "organisations[3].webiste",
                        "unknown key 'webiste' — did you mean 'website'?").toString())
                .isEqualTo("region.yaml:12:5: error: unknown key 'webiste' — did you mean 'website'?");
        assertThat(new Problem(Severity.WARNING, "r.yaml", 0, 0, "", "m").toString()).isEqualTo("r.yaml:0:0: warning: m");
        assertThat(new Problem(Severity.WARNING, "r.yaml", 0, 0, "", "m").isError()).isFalse();
    }

    @Test
    void sortsByLineThenColumnThenMessage() {
        Problem a = new Problem(Severity.ERROR, "f", 2, 9, "", "b");
        Problem b = new Problem(Severity.ERROR, "f", 10, 1, "", "a");
        Problem c = new Problem(Severity.WARNING, "f", 10, 1, "", "b");
        Problem d = new Problem(Severity.ERROR, "f", 10, 2, "", "a");
        List<Problem> problems = new ArrayList<>(List.of(d, c, b, a));
        Collections.sort(problems);
        assertThat(problems).containsExactly(a, b, c, d);
    }
}
