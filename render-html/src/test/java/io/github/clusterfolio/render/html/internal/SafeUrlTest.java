package io.github.clusterfolio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.html.TestResources;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The renderer's own address filter, on its own: cases in {@code safe-url/refused.txt} and {@code accepted.txt}. */
class SafeUrlTest {

    static Stream<Arguments> refused() {
        return TestResources.cases("safe-url/refused.txt").stream()
                .map(address -> Arguments.of(TestResources.printable(address), address));
    }

    static Stream<Arguments> accepted() {
        return TestResources.cases("safe-url/accepted.txt").stream().map(line -> {
            String[] parts = line.split(" \\| ", -1);
            return Arguments.of(parts[0], parts[1], parts[2]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String printable, String address) {
        assertThat(SafeUrl.of(address)).as(printable).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void accepts(String address, String href, String target) {
        SafeUrl url = SafeUrl.of(address).orElseThrow(() -> new AssertionError("refused: " + address));
        assertThat(url.href()).isEqualTo(href);
        assertThat(url.target()).isEqualTo(target);
        assertThat(url.isExternal()).isEqualTo(!href.startsWith("mailto:"));
    }

    @Test
    void thereAreEnoughCases() {
        assertThat(refused()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(accepted()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void aUriIsJudgedAsWrittenByTheWebAddressRule() {
        // Issue 11, item 9: one rule everywhere; a non-ASCII address is refused, as the loader and model refuse it.
        assertThat(SafeUrl.of(URI.create("https://example.org/b%C3%BCcher/ü"))).isEmpty();
        assertThat(SafeUrl.of(URI.create("https://example.org/b%C3%BCcher/%C3%BC"))).map(SafeUrl::href)
                .contains("https://example.org/b%C3%BCcher/%C3%BC");
        assertThat(SafeUrl.of((URI) null)).isEmpty();
        assertThat(SafeUrl.of((String) null)).isEmpty();
        assertThat(SafeUrl.of("https://example.org/" + "x".repeat(5000))).as("absurdly long").isEmpty();
    }
}
