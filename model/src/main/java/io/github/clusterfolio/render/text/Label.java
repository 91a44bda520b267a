package io.github.clusterfolio.render.text;

import io.github.clusterfolio.model.OrganisationType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every word a renderer prints that is not data: headings, column headers, fact names, organisation
 * types, page words, the qualifiers of key figures. One key names one thing in every renderer; its text
 * per language comes from a {@link LabelCatalog}.
 *
 * <p>Placeholders are names in braces, such as {@code {count}}; a text for a label must contain exactly
 * the label's {@link #placeholders()}. A {@linkplain #plural() plural} label has one text per plural
 * category of the language, under the keys {@code key.one}, {@code key.other} and, where the language
 * has them, {@code key.few} and {@code key.many} (see {@link PluralCategory}).
 */
public enum Label {
    /** The brochure's default subtitle ("Clusters and networks"). */
    SUBTITLE("subtitle"),
    /** The edition line ("Edition November 2026"); {@code {date}} is month and year in the language. */
    EDITION("edition", "date"),
    /** The brochure's keywords in its metadata ("clusters, networks"). */
    KEYWORDS("keywords"),
    /** A count of sectors ("6 sectors"). */
    SECTOR_COUNT("sector-count", true, "count"),
    /** A count of organisations ("18 organisations"). */
    ORGANISATION_COUNT("organisation-count", true, "count"),
    /** A sector without organisations, in the overview ("No organisations yet"). */
    NO_ORGANISATIONS("no-organisations"),
    /** A sector without organisations, in its chapter ("No organisations are listed for this sector yet."). */
    SECTOR_EMPTY("sector.empty"),
    /** The table of contents ("Contents"). */
    CONTENTS("contents"),
    /** The cover's list of sectors ("The sectors"). */
    COVER_SECTORS("cover.sectors"),
    /** The overview chapter ("Overview"). */
    OVERVIEW("overview"),
    /** The overview of all sectors ("The sectors at a glance"). */
    OVERVIEW_SECTORS("overview.sectors"),
    /** The overview chart's caption ("Employees by sector"). */
    CHART("chart", "figure"),
    /** The overview chart's caption with a unit ("Turnover by sector (EUR m)"). */
    CHART_UNIT("chart.unit", "figure", "unit"),
    /** The note under a chart that shows only the largest sectors ("The 8 largest of 12 sectors."). */
    CHART_TOP("chart.top", "count", "total"),
    /** The chart's text alternative ("Bar chart: Employees by sector. Automotive 70,000; …"). */
    CHART_ALT("chart.alt", "caption", "values"),
    /** One bar in the chart's text alternative ("Automotive 70,000"). */
    CHART_ALT_BAR("chart.alt.bar", "label", "value"),
    /** The text alternative of the region's logo ("Logo: Northwest Metropolitan Region"). */
    LOGO_ALT("logo.alt", "name"),
    /** The column of running numbers ("No."). */
    NUMBER("number"),
    /** One sector, as a column or fact name ("Sector"). */
    SECTOR("sector"),
    /** Several sectors, as a column or fact name ("Sectors"). */
    SECTORS("sectors"),
    /** An organisation's main sector, as a column name ("Main sector"). */
    MAIN_SECTOR("main-sector"),
    /** Organisations, as a heading or column name ("Organisations"). */
    ORGANISATIONS("organisations"),
    /** The count of organisations whose main sector a sector is, as a column name. */
    ORGANISATIONS_MAIN_SECTOR("organisations.main-sector"),
    /** One key figure, as a column name ("Key figure"). */
    KEY_FIGURE("key-figure"),
    /** A sector's key figures, as a heading or caption ("Key figures"). */
    KEY_FIGURES("key-figures"),
    /** A key figure's value, as a column name ("Value"). */
    VALUE("value"),
    /** A key figure's unit, as a column name ("Unit"). */
    UNIT("unit"),
    /** A key figure's year, as a column name ("Year"). */
    YEAR("year"),
    /** The year a key figure was stated for ("As of 2024"). */
    AS_OF("as-of", "year"),
    /** A key figure's source, as a column name ("Source"). */
    SOURCE("source"),
    /** A key figure's source address, as a column name ("Source URL"). */
    SOURCE_URL("source-url"),
    /** The format 1 flag {@code approximate}, as a column name ("Approximate"). */
    APPROXIMATE_COLUMN("approximate.column"),
    /** A page, as a column name ("Page"). */
    PAGE("page"),
    /** A page reference ("p. 12"). */
    PAGE_SHORT("page.short", "page"),
    /** The page number in the footer ("Page 3 of 12"). */
    PAGE_OF("page.of", "page", "pages"),
    /** The register chapter ("Index A–Z"). */
    REGISTER("register"),
    /** The register's group for names that start with no letter ("Other"). */
    REGISTER_OTHER("register.other"),
    /** The line above a sector chapter's title ("Sector 03"). */
    SECTOR_KICKER("sector.kicker", "number"),
    /** Organisations of other main sectors listed in a sector ("Also active in this sector"). */
    ALSO_ACTIVE("also-active"),
    /** An organisation's main sector in that list ("main sector: Logistics"). */
    ALSO_ACTIVE_MAIN("also-active.main", "sector"),
    /** The fact naming an organisation's other sectors ("Also active in"). */
    ALSO_IN("also-in"),
    /** A term that leads into what follows, such as "Source:" ({@code {term}:}). */
    LEAD("lead", "term"),
    /** An identifier, as a column name ("Identifier"). */
    IDENTIFIER("identifier"),
    /** A name, as a column name ("Name"). */
    NAME("name"),
    /** An organisation's type, as a column name ("Type"). */
    TYPE("type"),
    /** A sector's summary, as a column name ("Summary"). */
    SUMMARY("summary"),
    /** An organisation's description, as a column name ("Description"). */
    DESCRIPTION("description"),
    /** An organisation's legal form ("Legal form"). */
    LEGAL_FORM("legal-form"),
    /** Where an organisation is based ("Based in"). */
    CITY("city"),
    /** An organisation's website ("Website"). */
    WEBSITE("website"),
    /** An organisation's tags ("Tags"). */
    TAGS("tags"),
    /** Format 1's approximate value ("more than {value}"; German "über {value}"). */
    APPROXIMATE("approximate", "value"),
    /** Format 1.1's qualifier {@code about} ("about {value}"). */
    QUALIFIER_ABOUT("qualifier.about", "value"),
    /** Format 1.1's qualifier {@code more-than} ("more than {value}"). */
    QUALIFIER_MORE_THAN("qualifier.more-than", "value"),
    /** Format 1.1's qualifier {@code at-least} ("at least {value}"). */
    QUALIFIER_AT_LEAST("qualifier.at-least", "value"),
    /** Format 1.1's qualifier {@code less-than} ("less than {value}"). */
    QUALIFIER_LESS_THAN("qualifier.less-than", "value"),
    /** Format 1.1's qualifier {@code up-to} ("up to {value}"). */
    QUALIFIER_UP_TO("qualifier.up-to", "value"),
    /** Organisation type {@link OrganisationType#CLUSTER}. */
    TYPE_CLUSTER("type.cluster"),
    /** Organisation type {@link OrganisationType#NETWORK}. */
    TYPE_NETWORK("type.network"),
    /** Organisation type {@link OrganisationType#AGENCY}. */
    TYPE_AGENCY("type.agency"),
    /** Organisation type {@link OrganisationType#PORT}. */
    TYPE_PORT("type.port"),
    /** Organisation type {@link OrganisationType#RESEARCH}. */
    TYPE_RESEARCH("type.research"),
    /** Organisation type {@link OrganisationType#ASSOCIATION}. */
    TYPE_ASSOCIATION("type.association"),
    /** Organisation type {@link OrganisationType#COMPANY}. */
    TYPE_COMPANY("type.company"),
    /** Organisation type {@link OrganisationType#PUBLIC_BODY}. */
    TYPE_PUBLIC_BODY("type.public-body"),
    /** HTML preview page: the line above the region's name ("Preview of the HTML fragments"). */
    PREVIEW_NOTE("preview.note"),
    /** HTML preview page: the link that skips to the content ("Skip to content"). */
    PREVIEW_SKIP_LINK("preview.skip-link"),
    /** HTML preview page: the name of the language links ("Language"). */
    PREVIEW_LANGUAGES("preview.languages"),
    /** HTML preview page: the link back to the overview ("Back to the overview"). */
    PREVIEW_BACK("preview.back"),
    /** HTML preview page: the footer ("As of {date}. Made with clusterfolio."). */
    PREVIEW_FOOTER("preview.footer", "date");

    private static final Map<String, Label> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Label::key, Function.identity()));

    private final String key;
    private final boolean plural;
    private final List<String> placeholders;

    Label(String key, String... placeholders) {
        this(key, false, placeholders);
    }

    Label(String key, boolean plural, String... placeholders) {
        this.key = key;
        this.plural = plural;
        this.placeholders = List.of(placeholders);
    }

    /** The key in a labels file, such as {@code page.of}; a plural label adds the category. */
    public String key() {
        return key;
    }

    /** Whether the label has one text per plural category of a language. */
    public boolean plural() {
        return plural;
    }

    /** The names of the placeholders every text of this label contains, such as {@code page} and {@code pages}. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The label whose {@link #key()} is {@code key}. */
    public static Optional<Label> ofKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The label naming an organisation type. */
    public static Label of(OrganisationType type) {
        Objects.requireNonNull(type, "type");
        return switch (type) {
            case CLUSTER -> TYPE_CLUSTER;
            case NETWORK -> TYPE_NETWORK;
            case AGENCY -> TYPE_AGENCY;
            case PORT -> TYPE_PORT;
            case RESEARCH -> TYPE_RESEARCH;
            case ASSOCIATION -> TYPE_ASSOCIATION;
            case COMPANY -> TYPE_COMPANY;
            case PUBLIC_BODY -> TYPE_PUBLIC_BODY;
        };
    }
}
