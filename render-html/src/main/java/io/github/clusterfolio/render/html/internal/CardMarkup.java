package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.OrganisationType;

/**
 * The constant pieces of an organisation card's markup with the class prefix filled in, made once per
 * renderer. Cards are nearly all of the output of a large region (one per organisation, and again in its
 * sectors), so writing each run of constant markup with one append instead of several counts.
 */
public final class CardMarkup {
    /** {@code <article class="cf-card cf-card--network" id="}, by organisation type. */
    final String[] articleStart;
    /** {@code --title" itemscope itemtype="https://schema.org/Organization">}, by organisation type. */
    final String[] articleItemType;
    /** {@code <h2 class="cf-card__title" id="}, by heading level. */
    final String[] titleStart;
    /** {@code </h2>}, by heading level. */
    final String[] headingEnd;
    final String typeStart;
    final String descriptionParagraph;
    final String descriptionBlock;
    final String factsStart;
    final String factStart;
    final String detailStart;
    final String addressStart;
    final String linkStart;
    final String tagsStart;
    final String tagStart;

    /** The pieces for the class prefix {@code c}. */
    public CardMarkup(String c) {
        OrganisationType[] types = OrganisationType.values();
        articleStart = new String[types.length];
        articleItemType = new String[types.length];
        for (OrganisationType type : types) {
            articleStart[type.ordinal()] = "<article class=\"" + c + "card " + c + "card--" + type.formatName() + "\" id=\"";
            articleItemType[type.ordinal()] = "--title\" itemscope itemtype=\"https://schema.org/" + schemaType(type) + "\">";
        }
        titleStart = new String[7];
        headingEnd = new String[7];
        for (int level = 1; level <= 6; level++) {
            titleStart[level] = "<h" + level + " class=\"" + c + "card__title\" id=\"";
            headingEnd[level] = "</h" + level + ">";
        }
        typeStart = "<p class=\"" + c + "card__type\"";
        descriptionParagraph = "<p class=\"" + c + "card__description\"";
        descriptionBlock = "<div class=\"" + c + "card__description\"";
        factsStart = "<dl class=\"" + c + "card__facts\">";
        factStart = "<div class=\"" + c + "card__fact\"><dt class=\"" + c + "card__term\"";
        detailStart = "</dt><dd class=\"" + c + "card__detail\">";
        addressStart = "</dt><dd class=\"" + c + "card__detail\" itemprop=\"address\" itemscope"
                + " itemtype=\"https://schema.org/PostalAddress\"><span itemprop=\"addressLocality\">";
        linkStart = "<a class=\"" + c + "card__link\" href=\"";
        tagsStart = "<ul class=\"" + c + "card__tags\" aria-label=\"";
        tagStart = "<li class=\"" + c + "card__tag\" itemprop=\"keywords\">";
    }

    /** The schema.org type of an organisation: a few types have a more precise one than Organization. */
    static String schemaType(OrganisationType type) {
        return switch (type) {
            case RESEARCH -> "ResearchOrganization";
            case PUBLIC_BODY -> "GovernmentOrganization";
            case COMPANY -> "Corporation";
            default -> "Organization";
        };
    }
}
