package io.github.clusterfolio.render.html;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.html.internal.FragmentContext;
import io.github.clusterfolio.render.html.internal.OrganisationCard;
import io.github.clusterfolio.render.html.internal.OverviewFragment;
import io.github.clusterfolio.render.html.internal.PreviewPage;
import io.github.clusterfolio.render.html.internal.RenderConfig;
import io.github.clusterfolio.render.html.internal.SafeUrl;
import io.github.clusterfolio.render.html.internal.SectorFragment;
import io.github.clusterfolio.render.html.internal.TextBuffer;
import io.github.clusterfolio.render.html.internal.Utf8Output;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders a region as HTML fragments for a website's CMS, and a standalone preview page.
 *
 * <p>Three kinds of fragment: the overview of all sectors, one per sector (summary, key figures, the
 * sector's organisations as cards) and one per organisation (a card). A fragment is one root element with
 * no {@code html}, {@code head} or {@code body}; every class name carries a prefix ({@code cf-} unless
 * configured, BEM style), every id an id prefix; its headings start at a configurable level and never skip
 * one; its root has a {@code lang} attribute, and so has every text that falls back to another language.
 * Fragments contain no script, no {@code style} element or attribute and no event handler, so a strict
 * Content Security Policy needs no exception; organisations carry schema.org microdata. Every text is
 * encoded for its context with the OWASP Java Encoder, and only {@code http}, {@code https} and
 * {@code mailto} addresses become links; links to other sites get {@code rel="noopener noreferrer"} and
 * text that names their host. Output depends on nothing but the region, the language and the settings.
 *
 * <p>Configured once, then thread-safe; a web application can keep one instance and call
 * {@link #overview(Region, String)}, {@link #sector(Region, String, String)} or
 * {@link #organisation(Region, String, String)} per request:
 *
 * <pre>{@code
 * HtmlFragmentRenderer html = HtmlFragmentRenderer.builder()
 *         .classPrefix("nw-")
 *         .headingLevel(3)
 *         .labels(LabelCatalog.bundled().with(new LabelSet("de", Map.of("organisations", "Akteure"))))
 *         .build();
 * String card = html.organisation(region, "bremenports", "de");
 * }</pre>
 *
 * <p>As a {@link Renderer} (format {@code html}) it writes, per language, {@code <lang>/index.html} (the
 * preview page, a complete document with its stylesheet embedded, which works offline from the file
 * system), {@code <lang>/overview.html}, {@code <lang>/sectors/<sector-id>.html} and
 * {@code <lang>/organisations/<organisation-id>.html}, all UTF-8.
 */
public final class HtmlFragmentRenderer implements Renderer {
    /** The format name, also the output folder's name. */
    public static final String FORMAT = "html";

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");
    private static final int MAX_HEADING_LEVEL = 4;

    private final RenderConfig config;

    private HtmlFragmentRenderer(RenderConfig config) {
        this.config = config;
    }

    /** A builder with the defaults: prefixes {@code cf-}, headings from {@code h2}, bundled labels, default theme. */
    public static Builder builder() {
        return new Builder();
    }

    /** A renderer with every default; the same as {@code builder().build()}. */
    public static HtmlFragmentRenderer withDefaults() {
        return builder().build();
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * Writes every fragment and the preview page of every language the options ask for.
     *
     * @throws IOException when the sink fails
     * @throws IllegalArgumentException when the options ask for a language the region does not have
     */
    @Override
    public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        List<String> languages = options.languagesFor(region);
        for (String language : languages) {
            write(sink, language + "/index.html",
                    out -> new PreviewPage(new FragmentContext(config, region, language, out))
                            .write(languages, options.timestamp()));
            write(sink, language + "/overview.html",
                    out -> new OverviewFragment(new FragmentContext(config, region, language, out))
                            .write(config.headingLevel(), false));
            for (Sector sector : region.sectors()) {
                write(sink, language + "/sectors/" + sector.id() + ".html",
                        out -> new SectorFragment(new FragmentContext(config, region, language, out))
                                .write(sector, config.headingLevel()));
            }
            for (Organisation organisation : region.organisations()) {
                write(sink, language + "/organisations/" + organisation.id() + ".html",
                        out -> new OrganisationCard(new FragmentContext(config, region, language, out))
                                .write(organisation, config.headingLevel(), null));
            }
        }
    }

    /**
     * The overview of all sectors: each with its name linking to the sector, the first paragraph of its
     * summary, its headline (first) key figure and the number of its organisations.
     *
     * @param region the region
     * @param language one of the region's languages
     * @throws IllegalArgumentException when the region has no such language
     */
    public String overview(Region region, String language) {
        return toString(4096, out -> writeOverview(region, language, out));
    }

    /**
     * Writes the overview of all sectors to {@code out}; see {@link #overview(Region, String)}.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the region has no such language
     */
    public void writeOverview(Region region, String language, Appendable out) throws IOException {
        new OverviewFragment(context(region, language, out)).write(config.headingLevel(), false);
    }

    /**
     * One sector: its name, summary, key figures as a table, and its organisations as cards.
     *
     * @param region the region
     * @param sectorId the id of one of the region's sectors
     * @param language one of the region's languages
     * @throws IllegalArgumentException when the region has no such sector or language
     */
    public String sector(Region region, String sectorId, String language) {
        Objects.requireNonNull(region, "region");
        int cards = region.sector(sectorId).map(sector -> region.organisationsOf(sector.id()).size()).orElse(0);
        // A card is about 1,500 characters; sizing the buffer once saves copying a large sector while it grows.
        return toString(4096 + (int) Math.min(1_500L * cards, 1 << 28),
                out -> writeSector(region, sectorId, language, out));
    }

    /**
     * Writes one sector to {@code out}; see {@link #sector(Region, String, String)}.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the region has no such sector or language
     */
    public void writeSector(Region region, String sectorId, String language, Appendable out) throws IOException {
        FragmentContext context = context(region, language, out);
        Sector sector = region.sector(sectorId)
                .orElseThrow(() -> new IllegalArgumentException("region '" + region.id() + "' has no sector '" + sectorId + "'"));
        new SectorFragment(context).write(sector, config.headingLevel());
    }

    /**
     * One organisation as a card: name, type, description, legal form, city, website, sectors and tags,
     * with schema.org microdata.
     *
     * @param region the region
     * @param organisationId the id of one of the region's organisations
     * @param language one of the region's languages
     * @throws IllegalArgumentException when the region has no such organisation or language
     */
    public String organisation(Region region, String organisationId, String language) {
        return toString(4096, out -> writeOrganisation(region, organisationId, language, out));
    }

    /**
     * Writes one organisation's card to {@code out}; see {@link #organisation(Region, String, String)}.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the region has no such organisation or language
     */
    public void writeOrganisation(Region region, String organisationId, String language, Appendable out)
            throws IOException {
        FragmentContext context = context(region, language, out);
        Organisation organisation = region.organisation(organisationId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "region '" + region.id() + "' has no organisation '" + organisationId + "'"));
        new OrganisationCard(context).write(organisation, config.headingLevel(), null);
    }

    /**
     * The standalone preview page: a complete HTML document with the default stylesheet in its head, the
     * region's name and summary, the overview and every sector with its cards, for looking at the
     * fragments in a browser. Its headings start at {@code h1} whatever the configured level, and the
     * overview links to the sectors on the page.
     *
     * @param region the region
     * @param language one of the region's languages
     * @param timestamp the date the footer names as the data's state
     * @throws IllegalArgumentException when the region has no such language
     */
    public String previewPage(Region region, String language, Instant timestamp) {
        Objects.requireNonNull(region, "region");
        return toString(65_536 + (int) Math.min(1_500L * region.organisations().size(), 1 << 28),
                out -> writePreviewPage(region, language, timestamp, out));
    }

    /**
     * Writes the standalone preview page to {@code out}; see {@link #previewPage(Region, String, Instant)}.
     *
     * @throws IOException when {@code out} fails
     * @throws IllegalArgumentException when the region has no such language
     */
    public void writePreviewPage(Region region, String language, Instant timestamp, Appendable out)
            throws IOException {
        Objects.requireNonNull(timestamp, "timestamp");
        new PreviewPage(context(region, language, out)).write(List.of(), timestamp);
    }

    /**
     * The default stylesheet, with this renderer's class prefix and theme colours: the one the preview
     * page embeds, for a website that wants to serve it as a file beside the fragments. Its selectors all
     * start with a prefixed class, so it leaves the host page's own elements alone.
     */
    public String stylesheet() {
        return config.stylesheet().css();
    }

    private FragmentContext context(Region region, String language, Appendable out) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        if (!region.languages().contains(language)) {
            throw new IllegalArgumentException("region '" + region.id() + "' has no language '" + language
                    + "'; its languages are " + String.join(", ", region.languages()));
        }
        return new FragmentContext(config, region, language, out);
    }

    private static void write(OutputSink sink, String path, Body body) throws IOException {
        try (OutputStream stream = sink.open(path)) {
            Utf8Output out = new Utf8Output(stream);
            body.writeTo(out);
            out.append('\n');
            out.flush();
        }
    }

    private static String toString(int capacity, Body body) {
        TextBuffer out = new TextBuffer(capacity);
        try {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory buffer does not fail", e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(Appendable out) throws IOException;
    }

    /** Configures a {@link HtmlFragmentRenderer}; every setting has a default. Not thread-safe. */
    public static final class Builder {
        private String classPrefix = "cf-";
        private String idPrefix = "cf-";
        private int headingLevel = 2;
        private @Nullable String sectorLinkTemplate;
        private Theme theme = Theme.DEFAULT;
        private LabelCatalog labels = LabelCatalog.bundled();

        private Builder() {}

        /**
         * The prefix of every class name, such as {@code cf-} in {@code cf-card__title}; default {@code cf-}.
         *
         * @throws IllegalArgumentException unless it is 1–32 letters, digits, {@code -} or {@code _},
         *     starting with a letter
         */
        public Builder classPrefix(String prefix) {
            this.classPrefix = checkPrefix(prefix, "class prefix");
            return this;
        }

        /**
         * The prefix of every id, such as {@code cf-} in {@code cf-sector-automotive}; default {@code cf-}.
         *
         * @throws IllegalArgumentException unless it is 1–32 letters, digits, {@code -} or {@code _},
         *     starting with a letter
         */
        public Builder idPrefix(String prefix) {
            this.idPrefix = checkPrefix(prefix, "id prefix");
            return this;
        }

        /**
         * The level of each fragment's top heading, default 2 ({@code h2}). A sector fragment uses the two
         * levels below it (the heading above its cards, and the cards), so the level is at most 4.
         *
         * @throws IllegalArgumentException unless it is 1 to 4
         */
        public Builder headingLevel(int level) {
            if (level < 1 || level > MAX_HEADING_LEVEL) {
                throw new IllegalArgumentException("the heading level must be 1 to " + MAX_HEADING_LEVEL
                        + " (a sector fragment uses two levels below it, and HTML has six), not " + level);
            }
            this.headingLevel = level;
            return this;
        }

        /**
         * Where the overview links each sector: a template in which {@code {id}} stands for the sector's id,
         * such as {@code /cluster/{id}/} or {@code https://example.org/sectors/{id}.html}. By default the
         * overview links to the sector fragment's id on the same page ({@code #cf-sector-automotive}). The
         * preview page always links within the page.
         *
         * @throws IllegalArgumentException when the template lacks {@code {id}}, or is neither an in-page
         *     anchor, a relative address nor an {@code http(s)} address
         */
        public Builder sectorLinkTemplate(String template) {
            Objects.requireNonNull(template, "template");
            if (!template.contains("{id}")) {
                throw new IllegalArgumentException("the sector link template '" + template
                        + "' must contain {id}, which stands for the sector's id");
            }
            String sample = template.replace("{id}", "sample-sector");
            if (!isRelativeAddress(sample) && SafeUrl.of(sample).filter(url -> !url.scheme().equals("mailto")).isEmpty()) {
                throw new IllegalArgumentException("the sector link template '" + template
                        + "' is not an in-page anchor (#…), a relative address or an http(s) address");
            }
            this.sectorLinkTemplate = template;
            return this;
        }

        /** The theme whose colours the preview page and {@link HtmlFragmentRenderer#stylesheet()} use; default {@link Theme#DEFAULT}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /**
         * The label catalogue the fixed words come from; default {@link LabelCatalog#bundled()}. A language
         * the catalogue has no labels of gets English ones, marked {@code lang="en"}.
         */
        public Builder labels(LabelCatalog labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /** The renderer; it keeps no reference to this builder. */
        public HtmlFragmentRenderer build() {
            return new HtmlFragmentRenderer(RenderConfig.of(
                    classPrefix,
                    idPrefix,
                    headingLevel,
                    labels,
                    Optional.ofNullable(sectorLinkTemplate),
                    theme));
        }

        private static String checkPrefix(String prefix, String what) {
            Objects.requireNonNull(prefix, what);
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("the " + what + " '" + prefix
                        + "' must be 1-32 letters, digits, '-' or '_', starting with a letter, such as 'cf-'");
            }
            return prefix;
        }

        /** An in-page anchor or a relative address without a scheme, in printable ASCII. */
        private static boolean isRelativeAddress(String address) {
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                if (c <= ' ' || c >= 0x7f || c == '\\') {
                    return false;
                }
            }
            try {
                URI uri = new URI(address);
                return uri.getScheme() == null && uri.getRawAuthority() == null && !address.startsWith("//");
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
