package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The standalone preview page: a complete document with the stylesheet in its head, the region's name and
 * summary, the overview and every sector with its cards.
 */
public final class PreviewPage {
    private final FragmentContext c;
    private final HtmlWriter h;

    /** The preview page written in context {@code c}. */
    public PreviewPage(FragmentContext c) {
        this.c = c;
        this.h = c.html();
    }

    /**
     * Writes the page.
     *
     * @param languages the languages rendered beside this one, linked as {@code ../<lang>/index.html};
     *     empty for no language links
     * @param timestamp the date printed in the footer
     */
    public void write(List<String> languages, Instant timestamp) throws IOException {
        String cp = c.cp();
        String ip = c.ip();
        Region region = c.region();
        Stylesheet stylesheet = c.config().stylesheet();
        LocalizedText.Resolved name = c.resolve(region.name());
        h.raw("<!doctype html>\n<html lang=\"").raw(c.language()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .raw(stylesheet.contentSecurityPolicy()).raw("\">\n")
                .raw("<meta name=\"generator\" content=\"clusterfolio\">\n<title>").text(name.text()).raw(" – ")
                .text(c.label(Label.OVERVIEW_SECTORS)).raw("</title>\n<style>").raw(stylesheet.css())
                .raw("</style>\n</head>\n<body class=\"").raw(cp).raw("preview\">\n");
        h.raw("<a class=\"").raw(cp).raw("preview__skip\" href=\"#").raw(ip).raw("main\"")
                .lang(c.labelLanguage(Label.PREVIEW_SKIP_LINK)).raw('>')
                .text(c.label(Label.PREVIEW_SKIP_LINK)).raw("</a>\n");
        header(name, languages);
        h.nl().raw("</header>\n<main class=\"").raw(cp).raw("preview__main\" id=\"").raw(ip).raw("main\">");
        h.indent();
        h.nl();
        new OverviewFragment(c).write(2, true);
        SectorFragment sectorFragment = new SectorFragment(c);
        for (Sector sector : region.sectors()) {
            h.nl();
            sectorFragment.write(sector, 2);
            h.nl().raw("<p class=\"").raw(cp).raw("preview__back\"><a class=\"").raw(cp).raw("preview__link\" href=\"#")
                    .raw(ip).raw("overview\"").lang(c.labelLanguage(Label.PREVIEW_BACK)).raw('>')
                    .text(c.label(Label.PREVIEW_BACK)).raw("</a></p>");
        }
        h.outdent();
        h.nl().raw("</main>\n<footer class=\"").raw(cp).raw("preview__footer\">");
        h.indent();
        h.nl().raw("<p class=\"").raw(cp).raw("preview__inner\"").lang(c.labelLanguage(Label.PREVIEW_FOOTER)).raw('>');
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(c.language()))
                .format(timestamp.atOffset(ZoneOffset.UTC).toLocalDate());
        h.text(c.labels().text(Label.PREVIEW_FOOTER, date)).raw("</p>");
        h.outdent();
        h.nl().raw("</footer>\n</body>\n</html>");
    }

    /** The header up to its end tag: note, title, summary, website and language links. */
    private void header(LocalizedText.Resolved name, List<String> languages) throws IOException {
        String cp = c.cp();
        Region region = c.region();
        h.raw("<header class=\"").raw(cp).raw("preview__header\">");
        h.indent();
        h.nl().raw("<div class=\"").raw(cp).raw("preview__inner\">");
        h.indent();
        h.nl().raw("<p class=\"").raw(cp).raw("preview__note\"").lang(c.labelLanguage(Label.PREVIEW_NOTE)).raw('>')
                .text(c.label(Label.PREVIEW_NOTE)).raw("</p>");
        h.nl().raw("<h1 class=\"").raw(cp).raw("preview__title\"").lang(name).raw('>').text(name.text()).raw("</h1>");
        if (region.summary().isPresent()) {
            Paragraphs.block(c, c.resolve(region.summary().get()), "preview__summary");
        }
        Optional<SafeUrl> website = region.website().flatMap(SafeUrl::of);
        if (website.isPresent()) {
            h.nl().raw("<p class=\"").raw(cp).raw("preview__website\"><a class=\"").raw(cp).raw("preview__link\" href=\"")
                    .attribute(website.get().href()).raw('"').rel(website.get()).raw('>').text(website.get().target())
                    .raw("</a></p>");
        }
        if (languages.size() > 1) {
            languageLinks(languages);
        }
        h.outdent();
        h.nl().raw("</div>");
        h.outdent();
    }

    private void languageLinks(List<String> languages) throws IOException {
        String cp = c.cp();
        h.nl().raw("<nav class=\"").raw(cp).raw("preview__languages\" aria-label=\"")
                .attribute(c.label(Label.PREVIEW_LANGUAGES)).raw("\">");
        h.indent();
        h.nl().raw("<ul class=\"").raw(cp).raw("preview__language-list\">");
        h.indent();
        for (String other : languages) {
            Locale locale = Locale.forLanguageTag(other);
            String display = locale.getDisplayName(locale);
            if (display.isEmpty()) {
                display = other;
            }
            display = display.substring(0, 1).toUpperCase(locale) + display.substring(1);
            h.nl().raw("<li><a class=\"").raw(cp).raw("preview__language\" href=\"../").raw(other)
                    .raw("/index.html\" hreflang=\"").raw(other).raw("\" lang=\"").raw(other).raw('"');
            if (other.equals(c.language())) {
                h.raw(" aria-current=\"page\"");
            }
            h.raw('>').text(display).raw("</a></li>");
        }
        h.outdent();
        h.nl().raw("</ul>");
        h.outdent();
        h.nl().raw("</nav>");
    }
}
