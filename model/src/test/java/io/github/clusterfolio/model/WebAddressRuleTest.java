package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one web-address rule (issue 11, item 9), as the model keeps it: a region built by hand, not only one
 * loaded from a file, cannot hold an address the PDF would link to somewhere else. The cross-module corpus
 * is {@code WebAddressAgreementTest} in the cli module.
 */
class WebAddressRuleTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.sparkasse.de@evil.example/", "https://example.org:99999/", "https://aef-om.de:80a/",
        "https://aef_om.de/", "https://-bad-.de/", "https://aef-om.de/b%C3%BCcher/\u00fc"
    })
    void theModelRefusesWhatTheRuleRefuses(String address) {
        assertThat(WebAddressRule.accepts(address)).isFalse();
        assertThatThrownBy(() -> Region.builder("r", LocalizedText.of("R")).languages(List.of("de"))
                        .website(URI.create(address))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("region website: ");
        assertThatThrownBy(() -> new Source(LocalizedText.of("S"), Optional.of(new URI("https", "example.org",
                        "/\u00fc", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("which a web address cannot hold as it is");
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.org/, example.org",
        "https://Example.ORG:8443/x?y#z, Example.ORG",
        "http://192.0.2.1, 192.0.2.1",
        "https://xn--bcher-kva.example?q, xn--bcher-kva.example",
    })
    void anAcceptedAddressNamesItsHost(String address, String host) {
        assertThat(WebAddressRule.whyNot(address)).isEmpty();
        assertThat(WebAddressRule.host(address)).isEqualTo(host);
    }
}
