package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.html.HtmlLabel;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * Writes the HTML of one render call: one region, one language, one destination. Not thread-safe; made
 * per call, so that the renderer itself stays free of mutable state.
 *
 * <p>Every text from the data passes through {@link Encode#forHtmlContent(String)} and every attribute
 * value that is not a constant, a slug or a language tag through {@link Encode#forHtmlAttribute(String)};
 * addresses become links only when {@link SafeUrl} accepts them. No element gets a {@code style} or
 * event-handler attribute, so fragments work under a strict Content Security Policy.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class FragmentWriter {
    // Only CR, LF and CRLF break lines; other separators (U+2028 …) are text, encoded like any other.
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?:\\r\\n|\\n|\\r)[ \\t]*(?:(?:\\r\\n|\\n|\\r)[ \\t]*)+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\n|\\r");
    private static final String[] INDENTS = new String[12];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final RenderConfig config;
    private final Region region;
    private final String language;
    private final LabelCatalog.LabelSet labels;
    private final Appendable out;
    private final String cp;
    private final String ip;
    private NumberFormat numbers;
    private int depth;

    /**
     * A writer for {@code region} in {@code language} that appends to {@code out}.
     *
     * @param config the renderer's settings
     * @param region the region
     * @param language one of the region's languages
     * @param out where the HTML goes
     */
    public FragmentWriter(RenderConfig config, Region region, String language, Appendable out) {
        this.config = config;
        this.region = region;
        this.language = language;
        this.labels = config.labels().forLanguage(language);
        this.out = out;
        this.cp = config.classPrefix();
        this.ip = config.idPrefix();
    }

    // ---------------------------------------------------------------- overview

    /**
     * The overview of all sectors: a heading and one teaser per sector.
     *
     * @param level the level of the overview's heading
     * @param inPageLinks whether sectors are linked by in-page anchor, ignoring a configured link template
     */
    public void overview(int level, boolean inPageLinks) throws IOException {
        String rootId = ip + "overview";
        raw("<section class=\"").raw(cp).raw("overview\" id=\"").raw(rootId).raw("\" lang=\"").raw(language)
                .raw("\" aria-labelledby=\"").raw(rootId).raw("--title\">");
        depth++;
        nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("overview__title\" id=\"").raw(rootId).raw("--title\"")
                .labelLang(HtmlLabel.OVERVIEW_TITLE).raw('>').text(labels.text(HtmlLabel.OVERVIEW_TITLE))
                .raw("</h").digit(level).raw('>');
        if (!region.sectors().isEmpty()) {
            nl().raw("<ul class=\"").raw(cp).raw("overview__list\">");
            depth++;
            for (Sector sector : region.sectors()) {
                teaser(sector, level + 1, inPageLinks);
            }
            depth--;
            nl().raw("</ul>");
        }
        depth--;
        nl().raw("</section>");
    }

    private void teaser(Sector sector, int level, boolean inPageLinks) throws IOException {
        String titleId = ip + "overview--sector-" + sector.id();
        nl().raw("<li class=\"").raw(cp).raw("overview__item\">");
        depth++;
        nl().raw("<article class=\"").raw(cp).raw("teaser\" aria-labelledby=\"").raw(titleId).raw("\">");
        depth++;
        LocalizedText.Resolved name = region.resolve(sector.name(), language);
        nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("teaser__title\" id=\"").raw(titleId).raw('"')
                .lang(name).raw("><a class=\"").raw(cp).raw("teaser__link\" href=\"");
        if (inPageLinks || config.sectorLinkTemplate().isEmpty()) {
            raw('#').raw(ip).raw("sector-").raw(sector.id());
        } else {
            attribute(config.sectorLinkTemplate().get().replace("{id}", sector.id()));
        }
        raw("\">").text(name.text()).raw("</a></h").digit(level).raw('>');
        if (!sector.keyFigures().isEmpty()) {
            KeyFigure headline = sector.keyFigures().getFirst();
            LocalizedText.Resolved label = region.resolve(headline.label(), language);
            nl().raw("<p class=\"").raw(cp).raw("teaser__figure\"><span class=\"").raw(cp).raw("teaser__figure-value\">");
            value(headline);
            raw("</span> <span class=\"").raw(cp).raw("teaser__figure-label\"").lang(label).raw('>').text(label.text())
                    .raw("</span></p>");
        }
        LocalizedText.Resolved summary = region.resolve(sector.summary(), language);
        nl().raw("<p class=\"").raw(cp).raw("teaser__summary\"").lang(summary).raw('>');
        lines(firstParagraph(summary.text()));
        raw("</p>");
        int count = region.organisationsOf(sector.id()).size();
        nl().raw("<p class=\"").raw(cp).raw("teaser__count\">");
        HtmlLabel countLabel = count == 0
                ? HtmlLabel.ORGANISATION_COUNT_ZERO
                : count == 1 ? HtmlLabel.ORGANISATION_COUNT_ONE : HtmlLabel.ORGANISATION_COUNT_OTHER;
        labelWith(countLabel, "{count}", number(BigDecimal.valueOf(count)));
        raw("</p>");
        depth--;
        nl().raw("</article>");
        depth--;
        nl().raw("</li>");
    }

    // ---------------------------------------------------------------- sector

    /**
     * One sector: heading, summary, key figures and its organisations as cards two levels below.
     *
     * @param sector a sector of the region
     * @param level the level of the sector's heading
     */
    public void sector(Sector sector, int level) throws IOException {
        String rootId = ip + "sector-" + sector.id();
        raw("<section class=\"").raw(cp).raw("sector\" id=\"").raw(rootId).raw("\" lang=\"").raw(language)
                .raw("\" aria-labelledby=\"").raw(rootId).raw("--title\">");
        depth++;
        LocalizedText.Resolved name = region.resolve(sector.name(), language);
        nl().raw("<h").digit(level).raw(" class=\"").raw(cp).raw("sector__title\" id=\"").raw(rootId).raw("--title\"")
                .lang(name).raw('>').text(name.text()).raw("</h").digit(level).raw('>');
        LocalizedText.Resolved summary = region.resolve(sector.summary(), language);
        paragraphs(summary, "sector__summary", null);
        if (!sector.keyFigures().isEmpty()) {
            keyFigures(sector.keyFigures(), rootId + "--figures", rootId + "--title");
        }
        List<Organisation> members = region.organisationsOf(sector.id());
        if (!members.isEmpty()) {
            String listId = rootId + "--organisations";
            nl().raw("<h").digit(level + 1).raw(" class=\"").raw(cp).raw("sector__subtitle\" id=\"").raw(listId).raw('"')
                    .labelLang(HtmlLabel.ORGANISATIONS_HEADING).raw('>').text(labels.text(HtmlLabel.ORGANISATIONS_HEADING))
                    .raw("</h").digit(level + 1).raw('>');
            nl().raw("<ul class=\"").raw(cp).raw("sector__organisations\" aria-labelledby=\"").raw(listId).raw("\">");
            depth++;
            for (Organisation organisation : members) {
                nl().raw("<li class=\"").raw(cp).raw("sector__organisation\">");
                depth++;
                nl();
                card(organisation, level + 2, sector);
                depth--;
                nl().raw("</li>");
            }
            depth--;
            nl().raw("</ul>");
        }
        depth--;
        nl().raw("</section>");
    }

    /**
     * The key figures as a table with header cells, in a region that scrolls sideways when a narrow screen
     * cannot fit the table (focusable, so that keyboard users can scroll it too). The region is a landmark,
     * so its name must be unique on a page that shows several sectors: the caption and the sector's title
     * ("Kennzahlen Automotive-Branche"), each read in its own language.
     */
    private void keyFigures(List<KeyFigure> figures, String captionId, String sectorTitleId) throws IOException {
        boolean anyYear = figures.stream().anyMatch(figure -> figure.year().isPresent());
        boolean anySource = figures.stream().anyMatch(figure -> figure.source().isPresent());
        nl().raw("<div class=\"").raw(cp).raw("figures\" role=\"region\" aria-labelledby=\"").raw(captionId)
                .raw(' ').raw(sectorTitleId).raw("\" tabindex=\"0\">");
        depth++;
        nl().raw("<table class=\"").raw(cp).raw("figures__table\">");
        depth++;
        nl().raw("<caption class=\"").raw(cp).raw("figures__caption\" id=\"").raw(captionId).raw('"')
                .labelLang(HtmlLabel.KEY_FIGURES_CAPTION).raw('>').text(labels.text(HtmlLabel.KEY_FIGURES_CAPTION))
                .raw("</caption>");
        nl().raw("<thead>");
        depth++;
        nl().raw("<tr>");
        depth++;
        columnHeader(HtmlLabel.KEY_FIGURES_FIGURE);
        columnHeader(HtmlLabel.KEY_FIGURES_VALUE);
        if (anyYear) {
            columnHeader(HtmlLabel.KEY_FIGURES_YEAR);
        }
        if (anySource) {
            columnHeader(HtmlLabel.KEY_FIGURES_SOURCE);
        }
        depth--;
        nl().raw("</tr>");
        depth--;
        nl().raw("</thead>");
        nl().raw("<tbody>");
        depth++;
        for (KeyFigure figure : figures) {
            nl().raw("<tr>");
            depth++;
            LocalizedText.Resolved label = region.resolve(figure.label(), language);
            nl().raw("<th scope=\"row\" class=\"").raw(cp).raw("figures__label\"").lang(label).raw('>').text(label.text())
                    .raw("</th>");
            nl().raw("<td class=\"").raw(cp).raw("figures__value\">");
            value(figure);
            raw("</td>");
            if (anyYear) {
                nl().raw("<td class=\"").raw(cp).raw("figures__year\">");
                if (figure.year().isPresent()) {
                    raw(Integer.toString(figure.year().getAsInt()));
                }
                raw("</td>");
            }
            if (anySource) {
                nl().raw("<td class=\"").raw(cp).raw("figures__source\">");
                if (figure.source().isPresent()) {
                    source(figure.source().get());
                }
                raw("</td>");
            }
            depth--;
            nl().raw("</tr>");
        }
        depth--;
        nl().raw("</tbody>");
        depth--;
        nl().raw("</table>");
        depth--;
        nl().raw("</div>");
    }

    private void columnHeader(HtmlLabel label) throws IOException {
        nl().raw("<th scope=\"col\"").labelLang(label).raw('>').text(labels.text(label)).raw("</th>");
    }

    private void source(Source source) throws IOException {
        LocalizedText.Resolved title = region.resolve(source.title(), language);
        Optional<SafeUrl> link = source.url().flatMap(SafeUrl::of);
        if (link.isPresent()) {
            raw("<a class=\"").raw(cp).raw("figures__link\" href=\"").attribute(link.get().href()).raw('"')
                    .rel(link.get()).raw('>').inline(title).raw(" <span class=\"").raw(cp).raw("figures__host\">(")
                    .text(link.get().target()).raw(")</span></a>");
        } else {
            inline(title);
            if (source.url().isPresent()) {
                raw(" (").text(source.url().get().toString()).raw(')');
            }
        }
    }

    // ---------------------------------------------------------------- organisation

    /**
     * One organisation as a card with schema.org microdata.
     *
     * @param organisation an organisation of the region
     * @param level the level of the card's heading
     * @param within the sector whose fragment holds the card, or {@code null} for a card on its own
     */
    public void card(Organisation organisation, int level, @Nullable Sector within) throws IOException {
        CardMarkup m = config.cardMarkup();
        int type = organisation.type().ordinal();
        String rootId = within == null
                ? ip + "organisation-" + organisation.id()
                : ip + "sector-" + within.id() + "--organisation-" + organisation.id();
        raw(m.articleStart[type]).raw(rootId).raw('"');
        if (within == null) {
            raw(" lang=\"").raw(language).raw('"');
        }
        raw(" aria-labelledby=\"").raw(rootId).raw(m.articleItemType[type]);
        depth++;
        LocalizedText.Resolved name = region.resolve(organisation.name(), language);
        nl().raw(m.titleStart[level]).raw(rootId).raw("--title\"").lang(name).raw(" itemprop=\"name\">").text(name.text())
                .raw(m.headingEnd[level]);
        HtmlLabel typeLabel = HtmlLabel.of(organisation.type());
        nl().raw(m.typeStart).labelLang(typeLabel).raw('>').text(labels.text(typeLabel)).raw("</p>");
        if (organisation.description().isPresent()) {
            LocalizedText.Resolved description = region.resolve(organisation.description().get(), language);
            List<String> paragraphs = splitParagraphs(description.text());
            nl().raw(paragraphs.size() == 1 ? m.descriptionParagraph : m.descriptionBlock).lang(description)
                    .raw(" itemprop=\"description\">");
            paragraphBody(paragraphs, paragraphs.size() == 1 ? "</p>" : "</div>");
        }
        List<Sector> sectors = sectorsToList(organisation, within);
        boolean anyFact = organisation.legalForm().isPresent() || organisation.city().isPresent()
                || organisation.website().isPresent() || !sectors.isEmpty();
        if (anyFact) {
            nl().raw(m.factsStart);
            depth++;
            if (organisation.legalForm().isPresent()) {
                fact(m, HtmlLabel.FACT_LEGAL_FORM, m.detailStart).text(organisation.legalForm().get());
                raw("</dd></div>");
            }
            if (organisation.city().isPresent()) {
                fact(m, HtmlLabel.FACT_CITY, m.addressStart).text(organisation.city().get()).raw("</span></dd></div>");
            }
            if (organisation.website().isPresent()) {
                fact(m, HtmlLabel.FACT_WEBSITE, m.detailStart);
                Optional<SafeUrl> link = SafeUrl.of(organisation.website().get());
                if (link.isPresent()) {
                    raw(m.linkStart).attribute(link.get().href()).raw('"').rel(link.get()).raw(" itemprop=\"url\">")
                            .text(link.get().target()).raw("</a>");
                } else {
                    text(organisation.website().get().toString());
                }
                raw("</dd></div>");
            }
            if (!sectors.isEmpty()) {
                fact(m, within != null
                        ? HtmlLabel.FACT_ALSO_IN
                        : sectors.size() == 1 ? HtmlLabel.FACT_SECTOR : HtmlLabel.FACT_SECTORS, m.detailStart);
                for (int i = 0; i < sectors.size(); i++) {
                    if (i > 0) {
                        raw(", ");
                    }
                    inline(region.resolve(sectors.get(i).name(), language));
                }
                raw("</dd></div>");
            }
            depth--;
            nl().raw("</dl>");
        }
        if (!organisation.tags().isEmpty()) {
            nl().raw(m.tagsStart).attribute(labels.text(HtmlLabel.TAGS)).raw("\">");
            depth++;
            for (String tag : organisation.tags()) {
                nl().raw(m.tagStart).text(tag).raw("</li>");
            }
            depth--;
            nl().raw("</ul>");
        }
        depth--;
        nl().raw("</article>");
    }

    /** A fact's term, then the start of its detail: {@code <div><dt>term</dt><dd>}. */
    private FragmentWriter fact(CardMarkup m, HtmlLabel label, String detailStart) throws IOException {
        return nl().raw(m.factStart).labelLang(label).raw('>').text(labels.text(label)).raw(detailStart);
    }

    private List<Sector> sectorsToList(Organisation organisation, Sector within) {
        List<Sector> sectors = new ArrayList<>(organisation.sectorIds().size());
        for (String sectorId : organisation.sectorIds()) {
            if (within == null || !within.id().equals(sectorId)) {
                // The region guarantees that every sector id refers to one of its sectors.
                region.sector(sectorId).ifPresent(sectors::add);
            }
        }
        return sectors;
    }

    // ---------------------------------------------------------------- preview page

    /**
     * The standalone preview page: a complete document with the stylesheet in its head, the region's
     * name and summary, the overview and every sector with its cards.
     *
     * @param languages the languages rendered beside this one, linked as {@code ../<lang>/index.html};
     *     empty for no language links
     * @param timestamp the date printed in the footer
     */
    public void previewPage(List<String> languages, Instant timestamp) throws IOException {
        Stylesheet stylesheet = config.stylesheet();
        LocalizedText.Resolved name = region.resolve(region.name(), language);
        raw("<!doctype html>\n<html lang=\"").raw(language).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .raw(stylesheet.contentSecurityPolicy()).raw("\">\n")
                .raw("<meta name=\"generator\" content=\"clusterfolio\">\n<title>").text(name.text()).raw(" – ")
                .text(labels.text(HtmlLabel.OVERVIEW_TITLE)).raw("</title>\n<style>").raw(stylesheet.css())
                .raw("</style>\n</head>\n<body class=\"").raw(cp).raw("preview\">\n");
        raw("<a class=\"").raw(cp).raw("preview__skip\" href=\"#").raw(ip).raw("main\"").labelLang(HtmlLabel.PREVIEW_SKIP_LINK)
                .raw('>').text(labels.text(HtmlLabel.PREVIEW_SKIP_LINK)).raw("</a>\n");
        raw("<header class=\"").raw(cp).raw("preview__header\">");
        depth++;
        nl().raw("<div class=\"").raw(cp).raw("preview__inner\">");
        depth++;
        nl().raw("<p class=\"").raw(cp).raw("preview__note\"").labelLang(HtmlLabel.PREVIEW_NOTE).raw('>')
                .text(labels.text(HtmlLabel.PREVIEW_NOTE)).raw("</p>");
        nl().raw("<h1 class=\"").raw(cp).raw("preview__title\"").lang(name).raw('>').text(name.text()).raw("</h1>");
        if (region.summary().isPresent()) {
            paragraphs(region.resolve(region.summary().get(), language), "preview__summary", null);
        }
        Optional<SafeUrl> website = region.website().flatMap(SafeUrl::of);
        if (website.isPresent()) {
            nl().raw("<p class=\"").raw(cp).raw("preview__website\"><a class=\"").raw(cp).raw("preview__link\" href=\"")
                    .attribute(website.get().href()).raw('"').rel(website.get()).raw('>').text(website.get().target())
                    .raw("</a></p>");
        }
        if (languages.size() > 1) {
            languageLinks(languages);
        }
        depth--;
        nl().raw("</div>");
        depth--;
        nl().raw("</header>\n<main class=\"").raw(cp).raw("preview__main\" id=\"").raw(ip).raw("main\">");
        depth++;
        nl();
        overview(2, true);
        for (Sector sector : region.sectors()) {
            nl();
            sector(sector, 2);
            nl().raw("<p class=\"").raw(cp).raw("preview__back\"><a class=\"").raw(cp).raw("preview__link\" href=\"#")
                    .raw(ip).raw("overview\"").labelLang(HtmlLabel.PREVIEW_BACK_TO_OVERVIEW).raw('>')
                    .text(labels.text(HtmlLabel.PREVIEW_BACK_TO_OVERVIEW)).raw("</a></p>");
        }
        depth--;
        nl().raw("</main>\n<footer class=\"").raw(cp).raw("preview__footer\">");
        depth++;
        nl().raw("<p class=\"").raw(cp).raw("preview__inner\"").labelLang(HtmlLabel.PREVIEW_FOOTER).raw('>');
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language))
                .format(timestamp.atOffset(ZoneOffset.UTC).toLocalDate());
        text(labels.text(HtmlLabel.PREVIEW_FOOTER).replace("{date}", date)).raw("</p>");
        depth--;
        nl().raw("</footer>\n</body>\n</html>");
    }

    private void languageLinks(List<String> languages) throws IOException {
        nl().raw("<nav class=\"").raw(cp).raw("preview__languages\" aria-label=\"")
                .attribute(labels.text(HtmlLabel.PREVIEW_LANGUAGES)).raw("\">");
        depth++;
        nl().raw("<ul class=\"").raw(cp).raw("preview__language-list\">");
        depth++;
        for (String other : languages) {
            Locale locale = Locale.forLanguageTag(other);
            String display = locale.getDisplayName(locale);
            if (display.isEmpty()) {
                display = other;
            }
            display = display.substring(0, 1).toUpperCase(locale) + display.substring(1);
            nl().raw("<li><a class=\"").raw(cp).raw("preview__language\" href=\"../").raw(other)
                    .raw("/index.html\" hreflang=\"").raw(other).raw("\" lang=\"").raw(other).raw('"');
            if (other.equals(language)) {
                raw(" aria-current=\"page\"");
            }
            raw('>').text(display).raw("</a></li>");
        }
        depth--;
        nl().raw("</ul>");
        depth--;
        nl().raw("</nav>");
    }

    // ---------------------------------------------------------------- texts and numbers

    /** A key figure's value: approximate marker, number and unit. */
    private void value(KeyFigure figure) throws IOException {
        String number = number(figure.value());
        if (figure.approximate()) {
            labelWith(HtmlLabel.APPROXIMATE_VALUE, "{value}", number);
        } else {
            text(number);
        }
        if (figure.unit().isPresent()) {
            raw(' ').inline(region.resolve(figure.unit().get(), language));
        }
    }

    private String number(BigDecimal value) {
        if (numbers == null) {
            numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
            numbers.setGroupingUsed(true);
        }
        int scale = Math.max(0, value.scale());
        numbers.setMinimumFractionDigits(scale);
        numbers.setMaximumFractionDigits(scale);
        return numbers.format(value);
    }

    /** A label with one placeholder filled in, marked with its language when it is a stand-in. */
    private void labelWith(HtmlLabel label, String placeholder, String value) throws IOException {
        String text = labels.text(label).replace(placeholder, value);
        String writtenIn = labels.languageOf(label);
        if (writtenIn.equals(language)) {
            text(text);
        } else {
            raw("<span lang=\"").raw(writtenIn).raw("\">").text(text).raw("</span>");
        }
    }

    /** A text's paragraphs in a block: one {@code p}, or a {@code div} of several. */
    private void paragraphs(LocalizedText.Resolved resolved, String block, String itemprop) throws IOException {
        List<String> paragraphs = splitParagraphs(resolved.text());
        String tag = paragraphs.size() == 1 ? "p" : "div";
        nl().raw('<').raw(tag).raw(" class=\"").raw(cp).raw(block).raw('"').lang(resolved);
        if (itemprop != null) {
            raw(" itemprop=\"").raw(itemprop).raw('"');
        }
        raw('>');
        paragraphBody(paragraphs, paragraphs.size() == 1 ? "</p>" : "</div>");
    }

    /** The content of a paragraph block and its end tag: the text itself, or one {@code p} per paragraph. */
    private void paragraphBody(List<String> paragraphs, String end) throws IOException {
        if (paragraphs.size() == 1) {
            lines(paragraphs.getFirst());
        } else {
            depth++;
            for (String paragraph : paragraphs) {
                nl().raw("<p>");
                lines(paragraph);
                raw("</p>");
            }
            depth--;
            nl();
        }
        raw(end);
    }

    /** The paragraphs of a text, separated by blank lines; never empty. */
    private static List<String> splitParagraphs(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return List.of(text);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (!isBlankLine(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs.isEmpty() ? List.of(text) : paragraphs;
    }

    private static boolean isBlankLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A paragraph's text, with its single line breaks kept as {@code br}. */
    private void lines(String paragraph) throws IOException {
        if (paragraph.indexOf('\n') < 0 && paragraph.indexOf('\r') < 0) {
            text(paragraph);
            return;
        }
        String[] lines = LINE_BREAK.split(paragraph, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                raw("<br>");
            }
            text(lines[i]);
        }
    }

    private static String firstParagraph(String text) {
        return splitParagraphs(text).getFirst();
    }

    // ---------------------------------------------------------------- low level

    private FragmentWriter raw(String markup) throws IOException {
        out.append(markup);
        return this;
    }

    private FragmentWriter raw(char c) throws IOException {
        out.append(c);
        return this;
    }

    private FragmentWriter digit(int level) throws IOException {
        out.append((char) ('0' + level));
        return this;
    }

    private FragmentWriter text(String text) throws IOException {
        out.append(Encode.forHtmlContent(text));
        return this;
    }

    private FragmentWriter attribute(String value) throws IOException {
        out.append(Encode.forHtmlAttribute(value));
        return this;
    }

    /** A text inside other content: wrapped in a {@code span} with its language when that differs. */
    private FragmentWriter inline(LocalizedText.Resolved resolved) throws IOException {
        if (resolved.language().equals(language)) {
            return text(resolved.text());
        }
        return raw("<span lang=\"").raw(resolved.language()).raw("\">").text(resolved.text()).raw("</span>");
    }

    /** {@code lang} on the element holding a text that falls back to another language. */
    private FragmentWriter lang(LocalizedText.Resolved resolved) throws IOException {
        if (!resolved.language().equals(language)) {
            raw(" lang=\"").raw(resolved.language()).raw('"');
        }
        return this;
    }

    /** {@code lang} on the element holding a label that stands in from another language. */
    private FragmentWriter labelLang(HtmlLabel label) throws IOException {
        String writtenIn = labels.languageOf(label);
        if (!writtenIn.equals(language)) {
            raw(" lang=\"").raw(writtenIn).raw('"');
        }
        return this;
    }

    private FragmentWriter rel(SafeUrl url) throws IOException {
        if (url.isExternal()) {
            raw(" rel=\"noopener noreferrer\"");
        }
        return this;
    }

    private FragmentWriter nl() throws IOException {
        out.append(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        return this;
    }
}
