package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.WebAddressRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web address that may become a link: {@code http} or {@code https} exactly as
 * {@link WebAddressRule} (the one rule the model, the loader and the JSON Schema keep too) accepts it, or
 * {@code mailto} with an address. Everything else — {@code javascript:}, {@code data:}, {@code vbscript:},
 * relative and protocol-relative addresses, addresses with white space, control characters, non-ASCII
 * characters or user credentials — is refused, so that it is shown as text instead of becoming a link.
 *
 * <p>The check is deliberately strict rather than clever: a browser strips leading control characters and
 * removes tabs and line breaks anywhere before it reads the scheme, so any such character is a refusal
 * here, and only printable ASCII passes. The {@link #href()} still has to be encoded for the attribute it
 * is written into.
 *
 * @param href the address to write into {@code href}, with its scheme in lower case
 * @param target the text that names the link's target: the host name, or the e-mail address
 * @param scheme {@code http}, {@code https} or {@code mailto}
 */
public record SafeUrl(String href, String target, String scheme) {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");
    private static final int MAX_LENGTH = WebAddressRule.MAX_LENGTH;

    /** Checks that nothing is null. */
    public SafeUrl {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scheme, "scheme");
    }

    /**
     * The address as a safe link, or empty when it must not become one. The address is judged as written
     * ({@link URI#toString()}): one with characters outside ASCII is refused, as the model refuses it.
     */
    public static Optional<SafeUrl> of(URI uri) {
        return uri == null ? Optional.empty() : of(uri.toString());
    }

    /** The address as a safe link, or empty when it must not become one. */
    public static Optional<SafeUrl> of(String address) {
        if (address == null || !isPrintableAscii(address)) {
            return Optional.empty();
        }
        int colon = address.indexOf(':');
        if (colon < 1 || !SCHEME.matcher(address).region(0, colon).matches()) {
            return Optional.empty();
        }
        String scheme = address.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = address.substring(colon + 1);
        if (scheme.equals("http") || scheme.equals("https")) {
            // As written: the rule wants the scheme in lower case, as the loader and the model do.
            return web(address);
        }
        try {
            return scheme.equals("mailto") ? mail(rest, new URI(scheme + ":" + rest)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Printable ASCII only: no space, no control characters, nothing a browser would strip or reinterpret. */
    private static boolean isPrintableAscii(String address) {
        if (address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static Optional<SafeUrl> web(String address) {
        if (!WebAddressRule.accepts(address)) {
            return Optional.empty();
        }
        String scheme = address.substring(0, address.indexOf(':'));
        return Optional.of(new SafeUrl(address, WebAddressRule.host(address).toLowerCase(Locale.ROOT), scheme));
    }

    /** Dot-separated labels of letters, digits and inner hyphens (IPv4 addresses included). */
    private static boolean isHostName(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        int labelStart = 0;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                if (i == labelStart || host.charAt(labelStart) == '-' || host.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<SafeUrl> mail(String rest, URI uri) {
        if (!uri.isOpaque()) {
            return Optional.empty();
        }
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        int at = address.indexOf('@');
        if (at < 1 || !LOCAL_PART.matcher(address).region(0, at).matches() || !isHostName(address.substring(at + 1))) {
            return Optional.empty();
        }
        return Optional.of(new SafeUrl("mailto:" + rest, address, "mailto"));
    }

    /** Whether the link leaves the page for another site, and so gets {@code rel="noopener noreferrer"}. */
    public boolean isExternal() {
        return !scheme.equals("mailto");
    }
}
