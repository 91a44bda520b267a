package io.github.clusterfolio.render.html;

import io.github.clusterfolio.model.OrganisationType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fixed words the HTML renderer writes around the data: headings, table headers, fact names and
 * the words for organisation types. German and English come bundled; any label can be replaced per
 * language with {@link HtmlFragmentRenderer.Builder#label(String, HtmlLabel, String)}, and a language
 * without labels of its own uses the English ones (marked with {@code lang="en"}).
 *
 * <p>Some labels contain placeholders in braces, such as {@code {count}}; a replacement must keep them.
 * Each label's {@link #key()} is the key used in resource bundles passed to
 * {@link HtmlFragmentRenderer.Builder#labels(String, java.util.ResourceBundle)}.
 */
public enum HtmlLabel {
    /** Heading of the sectors overview ("Sectors at a glance"). */
    OVERVIEW_TITLE("overview.title"),
    /** Count of a sector's organisations when it has none ("No organisations yet"). */
    ORGANISATION_COUNT_ZERO("organisationCount.zero"),
    /** Count of a sector's organisations when it has exactly one ("{count} organisation"). */
    ORGANISATION_COUNT_ONE("organisationCount.one", "{count}"),
    /** Count of a sector's organisations when it has several ("{count} organisations"). */
    ORGANISATION_COUNT_OTHER("organisationCount.other", "{count}"),
    /** Caption of a sector's key figure table ("Key figures"). */
    KEY_FIGURES_CAPTION("keyFigures.caption"),
    /** Column header of the key figures' names ("Figure"). */
    KEY_FIGURES_FIGURE("keyFigures.figure"),
    /** Column header of the key figures' values ("Value"). */
    KEY_FIGURES_VALUE("keyFigures.value"),
    /** Column header of the key figures' years ("Year"). */
    KEY_FIGURES_YEAR("keyFigures.year"),
    /** Column header of the key figures' sources ("Source"). */
    KEY_FIGURES_SOURCE("keyFigures.source"),
    /** An approximate number ("more than {value}"; German "über {value}"). */
    APPROXIMATE_VALUE("value.approximate", "{value}"),
    /** Heading above a sector's organisation cards ("Networks and organisations"). */
    ORGANISATIONS_HEADING("sector.organisations"),
    /** Name of the legal-form fact ("Legal form"). */
    FACT_LEGAL_FORM("fact.legalForm"),
    /** Name of the city fact ("Based in"). */
    FACT_CITY("fact.city"),
    /** Name of the website fact ("Website"). */
    FACT_WEBSITE("fact.website"),
    /** Name of the sector fact when an organisation belongs to one sector ("Sector"). */
    FACT_SECTOR("fact.sector"),
    /** Name of the sector fact when an organisation belongs to several sectors ("Sectors"). */
    FACT_SECTORS("fact.sectors"),
    /** Name of the fact that lists an organisation's other sectors on a sector's card ("Also active in"). */
    FACT_ALSO_IN("fact.alsoIn"),
    /** Accessible name of an organisation's list of tags ("Tags"). */
    TAGS("tags"),
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
    TYPE_PUBLIC_BODY("type.publicBody"),
    /** Preview page: the line above the region's name ("Preview of the HTML fragments"). */
    PREVIEW_NOTE("preview.note"),
    /** Preview page: the link that skips to the content ("Skip to content"). */
    PREVIEW_SKIP_LINK("preview.skipLink"),
    /** Preview page: accessible name of the language links ("Language"). */
    PREVIEW_LANGUAGES("preview.languages"),
    /** Preview page: the link after each sector back to the overview ("Back to the overview"). */
    PREVIEW_BACK_TO_OVERVIEW("preview.backToOverview"),
    /** Preview page: the footer ("As of {date}. Made with clusterfolio."). */
    PREVIEW_FOOTER("preview.footer", "{date}");

    private final String key;
    private final List<String> placeholders;

    HtmlLabel(String key, String... placeholders) {
        this.key = key;
        this.placeholders = List.of(placeholders);
    }

    /** The key of this label in a resource bundle, such as {@code overview.title}. */
    public String key() {
        return key;
    }

    /** The placeholders a text for this label must contain, such as {@code {count}}; often none. */
    public List<String> placeholders() {
        return placeholders;
    }

    /** The label whose {@link #key()} is {@code key}. */
    public static Optional<HtmlLabel> fromKey(String key) {
        return Arrays.stream(values()).filter(label -> label.key.equals(key)).findFirst();
    }

    /** The label naming an organisation type. */
    public static HtmlLabel of(OrganisationType type) {
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
