package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a key figure comes from.
 *
 * @param title the source's title
 * @param url the source's web address, absolute http or https
 */
public record Source(LocalizedText title, Optional<URI> url) {
    /** Checks that the title is present and the address is an absolute http(s) address. */
    public Source {
        Objects.requireNonNull(title, "a source needs a title");
        Objects.requireNonNull(url, "url must not be null (use Optional.empty())");
        url.ifPresent(address -> Checks.webAddress(address, "source url"));
    }

    /** A source with a title only. */
    public static Source of(LocalizedText title) {
        return new Source(title, Optional.empty());
    }
}
