package io.github.clusterfolio.model;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for web addresses ({@code website}, a source's {@code url}), kept by the model's
 * constructors, the loader, the JSON Schema's pattern and the HTML renderer's link filter alike, so that
 * an address is either a link everywhere or refused everywhere:
 *
 * <ul>
 *   <li>{@code http://} or {@code https://}, in lower case, then a host: a name of letters, digits and
 *       hyphens in dot-separated parts of at most 63 characters (no part starts or ends with a hyphen, the
 *       last starts with a letter; at most 253 characters), or an IPv4 address such as {@code 192.0.2.1};
 *   <li>optionally {@code :} and a port from 1 to 65535 (no leading zeros);
 *   <li>optionally a path, a query ({@code ?…}) and a fragment ({@code #…}) of the characters RFC 3986
 *       allows there, with {@code %} followed by two hexadecimal digits;
 *   <li>no user name or password ({@code https://www.bank.example@evil.example/} leads to
 *       {@code evil.example}: a phishing link);
 *   <li>printable ASCII only, at most {@value #MAX_LENGTH} characters. A host or path with other letters
 *       ({@code https://aef-om.de/bücher}) is refused with its ASCII form as the fix
 *       ({@code https://aef-om.de/b%C3%BCcher}, a host as {@code xn--…}): what is written is what every
 *       output links to, byte for byte.
 * </ul>
 */
public final class WebAddressRule {
    /** The longest address accepted, in characters. */
    public static final int MAX_LENGTH = 4096;

    private static final int MAX_HOST_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final int EXCERPT_LENGTH = 48;
    /** Characters RFC 3986 allows in a path segment besides letters, digits and percent-escapes. */
    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/";

    private WebAddressRule() {}

    /** Why {@code address} is not a web address this format accepts; empty when it is one. */
    public static Optional<String> whyNot(String address) {
        return Optional.ofNullable(problem(address));
    }

    /**
     * Why {@code target} is not a link target a rich text may hold, empty when it is one: a web address this
     * rule accepts, or {@code mailto:} and one e-mail address ({@code mailto:info@example.org}: a local part of
     * ASCII letters, digits and {@code . _ + -}, then {@code @} and a host name as above; nothing after it).
     */
    public static Optional<String> whyNotLink(String target) {
        if (target != null && target.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.ofNullable(mailProblem(target));
        }
        int colon = target == null ? -1 : schemeEnd(target);
        String scheme = colon < 0 ? "" : target.substring(0, colon).toLowerCase(Locale.ROOT);
        if (colon > 0 && !scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(excerpt(target) + " uses the scheme '" + excerptPlain(target.substring(0, colon))
                    + "'; a link leads to an http, https or mailto address");
        }
        return whyNot(target);
    }

    private static String mailProblem(String target) {
        String shown = excerpt(target);
        if (!target.startsWith("mailto:")) {
            return shown + ": write the scheme in lower case ('mailto')";
        }
        if (target.length() > MAX_LENGTH) {
            return shown + " is longer than " + MAX_LENGTH + " characters, more than a link may be";
        }
        String address = target.substring(7);
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            return shown + " is not an e-mail link; write it as mailto:name@example.org";
        }
        for (int i = 0; i < at; i++) {
            char c = address.charAt(i);
            if (!(isLetter(c) || isDigit(c) || "._+-".indexOf(c) >= 0)) {
                return shown + " has '" + c + "' before '@'; an e-mail link holds letters, digits and . _ + - there"
                        + " and nothing after the host name";
            }
        }
        String host = address.substring(at + 1);
        String hostProblem = whyNotHost(host);
        return hostProblem == null ? null : shown + ": '" + excerptPlain(host) + "' is not a host name; " + hostProblem;
    }

    /** Whether {@code address} is a web address this format accepts. */
    public static boolean accepts(String address) {
        return address != null && problem(address) == null;
    }

    /** The host of an accepted {@code address}, as written. */
    public static String host(String address) {
        int start = address.indexOf("//") + 2;
        int end = start;
        while (end < address.length() && "/?#:".indexOf(address.charAt(end)) < 0) {
            end++;
        }
        return address.substring(start, end);
    }

    private static @Nullable String problem(String address) {
        if (address == null || address.isBlank()) {
            return "the web address is empty";
        }
        String shown = excerpt(address);
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return shown + " is not a web address: it contains a space";
            }
            if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) {
                return shown + " is not a web address: it contains a control character";
            }
        }
        if (address.length() > MAX_LENGTH) {
            return shown + " is longer than " + MAX_LENGTH + " characters, more than a web address may be";
        }
        int colon = schemeEnd(address);
        if (colon < 0) {
            return shown + " is not an absolute address; write it in full, starting with https://";
        }
        String scheme = address.substring(0, colon);
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return shown + " uses the scheme '" + excerptPlain(scheme) + "'; only http and https addresses are allowed";
        }
        if (!scheme.equals(lower)) {
            return shown + ": write the scheme in lower case ('" + lower + "')";
        }
        String nonAscii = nonAscii(address);
        if (nonAscii != null) {
            return nonAscii;
        }
        if (!address.startsWith("//", colon + 1)) {
            return shown + " has no host name; write it as " + scheme + "://host/…";
        }
        int authorityStart = colon + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < address.length() && "/?#".indexOf(address.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = address.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            return shown + " holds a user name or password ('" + excerptPlain(authority.substring(0, at + 1))
                    + "') before its host '" + excerptPlain(authority.substring(at + 1)) + "': such an address seems to"
                    + " lead to the first name but leads to the host; remove the part up to '@'";
        }
        if (authority.startsWith("[")) {
            return shown + " names its host by an IP address in brackets; use a host name";
        }
        int portColon = authority.indexOf(':');
        String host = portColon < 0 ? authority : authority.substring(0, portColon);
        if (host.isEmpty()) {
            return shown + " has no host name";
        }
        String hostProblem = whyNotHost(host);
        if (hostProblem != null) {
            return shown + ": '" + excerptPlain(host) + "' is not a host name; " + hostProblem;
        }
        if (portColon >= 0 && !isPort(authority.substring(portColon + 1))) {
            return shown + " has the port '" + excerptPlain(authority.substring(portColon + 1))
                    + "'; a port is a number from 1 to 65535, written without leading zeros";
        }
        return whyNotRest(address, authorityEnd, shown);
    }

    /** The index of the colon that ends a scheme at the start, or -1. */
    private static int schemeEnd(String address) {
        if (address.isEmpty() || !isLetter(address.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!(isLetter(c) || isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /** A message for the first character outside ASCII, with the address in ASCII as the fix; or null. */
    private static @Nullable String nonAscii(String address) {
        for (int i = 0; i < address.length(); i++) {
            if (address.charAt(i) >= 0x80) {
                String ascii = asciiForm(address);
                return excerpt(address) + " contains '" + new String(Character.toChars(address.codePointAt(i)))
                        + "', which a web address cannot hold as it is" + (ascii == null ? "; write the host in its"
                        + " ASCII form (xn--…) and percent-encode the rest" : "; write it in its ASCII form: " + ascii);
            }
        }
        return null;
    }

    /** The address with its host in punycode and every other non-ASCII character percent-encoded; null if none. */
    private static @Nullable String asciiForm(String address) {
        try {
            int hostStart = address.indexOf("//") + 2;
            int hostEnd = hostStart;
            while (hostEnd < address.length() && "/?#:@".indexOf(address.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            String host = IDN.toASCII(address.substring(hostStart, hostEnd), IDN.USE_STD3_ASCII_RULES);
            StringBuilder ascii = new StringBuilder(address.substring(0, hostStart)).append(host);
            for (byte b : address.substring(hostEnd).getBytes(StandardCharsets.UTF_8)) {
                if (b >= 0) {
                    ascii.append((char) b);
                } else {
                    ascii.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
                }
            }
            String result = ascii.toString();
            return problem(result) == null ? result : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String whyNotHost(String host) {
        if (host.length() > MAX_HOST_LENGTH) {
            return "a host name has at most " + MAX_HOST_LENGTH + " characters";
        }
        if (isIpv4(host)) {
            return null;
        }
        int labelStart = 0;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                int length = i - labelStart;
                if (length == 0) {
                    return "it has an empty part between dots";
                }
                if (host.charAt(labelStart) == '-' || host.charAt(i - 1) == '-') {
                    return "a part of a host name cannot start or end with a hyphen";
                }
                if (length > MAX_LABEL_LENGTH) {
                    return "a part of a host name has at most " + MAX_LABEL_LENGTH + " characters";
                }
                if (i == host.length() && !isLetter(host.charAt(labelStart))) {
                    return "its last part must start with a letter, unless it is an IPv4 address such as 192.0.2.1";
                }
                labelStart = i + 1;
            } else if (!(isLetter(c) || isDigit(c) || c == '-')) {
                return "a host name has only letters, digits, hyphens and dots, not '" + c + "'";
            }
        }
        return null;
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0') {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (!isDigit(part.charAt(i))) {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPort(String port) {
        if (port.isEmpty() || port.length() > 5 || port.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < port.length(); i++) {
            if (!isDigit(port.charAt(i))) {
                return false;
            }
        }
        return Integer.parseInt(port) <= 65535;
    }

    /** Checks the path, query and fragment that start at {@code start} ('?' may stand in a query and a fragment). */
    private static @Nullable String whyNotRest(String address, int start, String shown) {
        boolean inFragment = false;
        for (int i = start; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '%') {
                if (i + 2 >= address.length() || !isHex(address.charAt(i + 1)) || !isHex(address.charAt(i + 2))) {
                    return shown + " has a '%' that is not followed by two hexadecimal digits; write '%' itself as %25";
                }
                i += 2;
            } else if (c == '#') {
                if (inFragment) {
                    return shown + " has a second '#'; write it as %23";
                }
                inFragment = true;
            } else if (c != '?' && !(isLetter(c) || isDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
                return shown + " contains '" + c + "', which a web address cannot hold as it is; write it as "
                        + String.format(Locale.ROOT, "%%%02X", (int) c);
            }
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String excerpt(String text) {
        return "'" + excerptPlain(text) + "'";
    }

    private static String excerptPlain(String text) {
        boolean shortened = text.length() > EXCERPT_LENGTH;
        String shown = shortened ? text.substring(0, EXCERPT_LENGTH) : text;
        if (shortened && Character.isHighSurrogate(shown.charAt(shown.length() - 1))) {
            shown = shown.substring(0, shown.length() - 1);
        }
        StringBuilder out = new StringBuilder(shown.length() + 4);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? '?' : c);
            }
        }
        return shortened ? out.append('…').toString() : out.toString();
    }
}
