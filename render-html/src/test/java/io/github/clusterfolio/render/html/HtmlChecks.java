package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/**
 * What every fragment and page must be, checked on the jsoup parse of the rendered text: shared by the
 * structure tests (bundled dataset, several configurations) and the injection tests (hostile data).
 */
final class HtmlChecks {
    /** Every element a fragment may contain; anything else (script, img, svg, iframe, form …) is a failure. */
    static final Set<String> FRAGMENT_ELEMENTS = Set.of(
            "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "ul", "li", "a", "span",
            "table", "caption", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "br", "strong", "em");
    /** What the preview page adds around the fragments. */
    static final Set<String> PAGE_ELEMENTS = Set.of(
            "html", "head", "body", "meta", "title", "style", "header", "main", "footer", "nav");
    /** Every attribute any element may carry. */
    static final Set<String> ATTRIBUTES = Set.of(
            "class", "id", "lang", "href", "rel", "hreflang", "itemscope", "itemtype", "itemprop", "aria-labelledby",
            "aria-label", "aria-current", "scope", "role", "tabindex");
    /** What the preview page's head adds. */
    static final Set<String> PAGE_ATTRIBUTES = Set.of("charset", "name", "content", "http-equiv");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "meta");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");

    private HtmlChecks() {}

    /** What a fragment is expected to look like. */
    record Expected(String classPrefix, String idPrefix, int headingLevel, String language) {
        static Expected defaults(String language) {
            return new Expected("cf-", "cf-", 2, language);
        }
    }

    /**
     * Parses {@code html} as a fragment, checks every rule a fragment must keep and returns its root; for
     * trusted data, also that {@code javascript:} appears nowhere, not even as text.
     */
    static Element assertFragment(String html, Expected expected) {
        Element root = assertFragmentStructure(html, expected);
        assertThat(html.toLowerCase(Locale.ROOT)).as("no javascript: anywhere").doesNotContain("javascript:");
        return root;
    }

    /**
     * Parses {@code html} as a fragment, checks every rule a fragment must keep and returns its root. Data
     * may contain any text, so {@code javascript:} may be part of the visible text; it must not be part of
     * a link, which {@link #assertSafe} checks.
     */
    static Element assertFragmentStructure(String html, Expected expected) {
        assertThat(html).as("a fragment has no document structure")
                .doesNotContainPattern("(?i)<(!doctype|html|head|body)[\\s>]");
        assertBalanced(html);
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document document = Jsoup.parse("<!doctype html><html><head><title>t</title></head><body>" + html + "</body></html>",
                "", parser);
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("parse errors").isEmpty();
        Element body = document.body();
        assertThat(body.children()).as("one root element").hasSize(1);
        for (Node node : body.childNodes()) {
            if (node instanceof TextNode text) {
                assertThat(text.isBlank()).as("no text outside the root element").isTrue();
            }
        }
        Element root = body.child(0);
        assertThat(root.attr("lang")).as("lang on the root").isEqualTo(expected.language());
        assertSafe(root, FRAGMENT_ELEMENTS, ATTRIBUTES);
        assertNamesPrefixed(root, expected);
        assertHeadingsFrom(root, expected.headingLevel());
        assertReferencesResolve(root);
        assertFitsIntoHostPage(html);
        return root;
    }

    /** Every start tag has its end tag, in order: the fragment closes what it opens and nothing else. */
    static void assertBalanced(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (VOID_ELEMENTS.contains(name)) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                fail("</" + name + "> closes nothing that is open, at offset " + tag.start());
            }
        }
        assertThat(open).as("elements left open").isEmpty();
    }

    /** A fragment between two elements of a host page leaves both where they are. */
    static void assertFitsIntoHostPage(String html) {
        Document page = Jsoup.parse("<div id=host-before></div>" + html + "<div id=host-after>after</div>");
        List<Element> top = page.body().children();
        assertThat(top).as("host page's elements around the fragment").hasSize(3);
        assertThat(top.get(0).id()).isEqualTo("host-before");
        assertThat(top.get(2).id()).isEqualTo("host-after");
        assertThat(top.get(2).text()).isEqualTo("after");
    }

    /**
     * No element, attribute or address that could run script: elements and attributes from the allowed
     * sets only, no event handler or style attribute, every link's scheme one that cannot execute.
     */
    static void assertSafe(Element root, Set<String> elements, Set<String> attributes) {
        for (Element element : root.getAllElements()) {
            assertThat(elements).as("allowed element").contains(element.normalName());
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler attribute on <%s>", element.normalName()).doesNotStartWith("on");
                assertThat(attributes).as("allowed attribute on <%s>", element.normalName()).contains(name);
            }
            if (element.hasAttr("href")) {
                assertLinkSafe(element);
            }
            if (element.hasAttr("itemtype")) {
                assertThat(element.attr("itemtype")).startsWith("https://schema.org/");
            }
        }
    }

    private static void assertLinkSafe(Element link) {
        String href = link.attr("href");
        assertThat(link.normalName()).isEqualTo("a");
        if (href.startsWith("#") || href.matches("\\.\\./[a-z]{2,3}(-[A-Za-z0-9]{2,8})*/index\\.html")) {
            assertThat(link.hasAttr("rel")).as("in-page link without rel").isFalse();
            return;
        }
        String scheme = browserScheme(href);
        assertThat(scheme).as("scheme of %s", href).isIn(SAFE_SCHEMES);
        if (!scheme.equals("mailto")) {
            assertThat(link.attr("rel")).as("rel of external link %s", href).isEqualTo("noopener noreferrer");
            assertThat(link.text()).as("text of link %s", href).isNotBlank();
        }
    }

    /**
     * The scheme a browser reads from an {@code href}: it strips leading and trailing C0 controls and
     * spaces, removes tabs and line breaks anywhere, and compares case-insensitively (WHATWG URL). Empty
     * for an address without a scheme.
     */
    static String browserScheme(String href) {
        String url = href.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher scheme = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):").matcher(url);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** Every class carries the class prefix and every id the id prefix. */
    static void assertNamesPrefixed(Element root, Expected expected) {
        for (Element element : root.getAllElements()) {
            for (String name : element.classNames()) {
                assertThat(name).as("class on <%s>", element.normalName()).startsWith(expected.classPrefix());
            }
            if (element.hasAttr("id")) {
                assertThat(element.id()).startsWith(expected.idPrefix());
            }
        }
    }

    /** Headings start at {@code level}, never go above it and never skip a level going down. */
    static void assertHeadingsFrom(Element root, int level) {
        int previous = level - 1;
        boolean first = true;
        for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
            int current = heading.normalName().charAt(1) - '0';
            if (first) {
                assertThat(current).as("first heading").isEqualTo(level);
                first = false;
            }
            assertThat(current).as("heading '%s' above the fragment's level", heading.text()).isGreaterThanOrEqualTo(level);
            assertThat(current).as("heading '%s' skips a level", heading.text()).isLessThanOrEqualTo(previous + 1);
            previous = current;
        }
        assertThat(first).as("the fragment has a heading").isFalse();
    }

    /** Ids are unique, and every in-page link and aria-labelledby points at one of them. */
    static void assertReferencesResolve(Element root) {
        Set<String> ids = new HashSet<>();
        for (Element element : root.getAllElements()) {
            if (element.hasAttr("id")) {
                assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
            }
        }
        for (Element element : root.getElementsByAttribute("aria-labelledby")) {
            // A list of ids, separated by spaces; the name is their texts joined.
            assertThat(ids).as("aria-labelledby of <%s>", element.normalName())
                    .contains(element.attr("aria-labelledby").strip().split("\\s+"));
        }
    }

    /** The text a reader sees: jsoup's text of an element, white space collapsed as a browser does. */
    static String visible(String text) {
        return new Element("p").text(withoutUnencodable(text)).text();
    }

    /**
     * The text as HTML can carry it: control characters other than tab and line breaks, lone surrogates and
     * the noncharacters U+FFFE/U+FFFF cannot appear in an HTML document, so the encoder writes a space.
     */
    static String withoutUnencodable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
