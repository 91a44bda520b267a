package io.github.clusterfolio.render.html.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web address that may become a link: {@code http}, {@code https} with a host name, or {@code mailto}
 * with an address. Everything else — {@code javascript:}, {@code data:}, {@code vbscript:}, relative and
 * protocol-relative addresses, addresses with white space, control characters, non-ASCII characters or
 * user credentials — is refused, so that it is shown as text instead of becoming a link.
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
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@" + HOST.pattern());

    /** Checks that nothing is null. */
    public SafeUrl {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scheme, "scheme");
    }

    /** The address as a safe link, or empty when it must not become one. */
    public static Optional<SafeUrl> of(URI uri) {
        if (uri == null) {
            return Optional.empty();
        }
        String ascii;
        try {
            ascii = uri.toASCIIString();
        } catch (RuntimeException e) {
            // java.net.URI accepts a lone surrogate but cannot encode it (NullPointerException in JDK 21-25).
            return Optional.empty();
        }
        return of(ascii);
    }

    /** The address as a safe link, or empty when it must not become one. */
    public static Optional<SafeUrl> of(String address) {
        if (address == null || address.isEmpty() || address.length() > 4096) {
            return Optional.empty();
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            // Printable ASCII only: no space, no control characters, nothing a browser would strip or reinterpret.
            if (c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        int colon = address.indexOf(':');
        if (colon < 1 || !SCHEME.matcher(address).region(0, colon).matches()) {
            return Optional.empty();
        }
        String scheme = address.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = address.substring(colon + 1);
        URI uri;
        try {
            uri = new URI(scheme + ":" + rest);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return switch (scheme) {
            case "http", "https" -> web(scheme, rest, uri);
            case "mailto" -> mail(rest, uri);
            default -> Optional.empty();
        };
    }

    private static Optional<SafeUrl> web(String scheme, String rest, URI uri) {
        String host = uri.getHost();
        if (!rest.startsWith("//") || host == null || !HOST.matcher(host).matches() || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        return Optional.of(new SafeUrl(scheme + ":" + rest, host.toLowerCase(Locale.ROOT), scheme));
    }

    private static Optional<SafeUrl> mail(String rest, URI uri) {
        if (!uri.isOpaque()) {
            return Optional.empty();
        }
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        if (!MAIL_ADDRESS.matcher(address).matches()) {
            return Optional.empty();
        }
        return Optional.of(new SafeUrl("mailto:" + rest, address, "mailto"));
    }

    /** Whether the link leaves the page for another site, and so gets {@code rel="noopener noreferrer"}. */
    public boolean isExternal() {
        return !scheme.equals("mailto");
    }
}
