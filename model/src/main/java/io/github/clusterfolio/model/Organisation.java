package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation that carries one or more sectors: a cluster, network, agency, port, institute …
 *
 * @param id the organisation's id, a lower-case slug unique among the region's organisations
 * @param name the organisation's name
 * @param type what kind of body it is
 * @param legalForm its legal form, such as "e. V." or "GmbH"
 * @param sectorIds the ids of the sectors it belongs to; the first is its main sector
 * @param city the city it is based in
 * @param website its web address, absolute http or https
 * @param description a short description
 * @param tags keywords, in the order given
 */
public record Organisation(
        String id,
        LocalizedText name,
        OrganisationType type,
        Optional<String> legalForm,
        List<String> sectorIds,
        Optional<String> city,
        Optional<URI> website,
        Optional<Prose> description,
        List<String> tags) {

    /** Checks the id, the sector references, the web address and the texts, and copies the lists. */
    public Organisation {
        Checks.slug(id, "organisation id");
        String what = "organisation '" + id + "'";
        Objects.requireNonNull(name, what + " needs a name");
        Objects.requireNonNull(type, what + " needs a type");
        Objects.requireNonNull(legalForm, "legalForm must not be null (use Optional.empty())");
        legalForm.ifPresent(text -> Checks.notBlank(text, "the legal form of " + what));
        sectorIds = Checks.copy(sectorIds, "sectors of " + what);
        if (sectorIds.isEmpty()) {
            throw new IllegalArgumentException(what + " must belong to at least one sector");
        }
        sectorIds.forEach(sectorId -> Checks.slug(sectorId, "sector id of " + what));
        String duplicate = Checks.firstDuplicate(sectorIds);
        if (duplicate != null) {
            throw new IllegalArgumentException(what + " lists sector '" + duplicate + "' twice");
        }
        Objects.requireNonNull(city, "city must not be null (use Optional.empty())");
        city.ifPresent(text -> Checks.notBlank(text, "the city of " + what));
        Objects.requireNonNull(website, "website must not be null (use Optional.empty())");
        website.ifPresent(address -> Checks.webAddress(address, "website of " + what));
        Objects.requireNonNull(description, "description must not be null (use Optional.empty())");
        tags = Checks.copy(tags, "tags of " + what);
        tags.forEach(tag -> Checks.notBlank(tag, "a tag of " + what));
    }

    /** The id of the organisation's main sector, the first it lists. */
    public String mainSectorId() {
        return sectorIds.getFirst();
    }

    /** A builder for the many optional fields; the type defaults to {@link OrganisationType#NETWORK}. */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder(id, name);
    }

    /** Builds an {@link Organisation}; checks happen in {@link #build()}. */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private OrganisationType type = OrganisationType.NETWORK;
        private @Nullable String legalForm;
        private List<String> sectorIds = List.of();
        private @Nullable String city;
        private @Nullable URI website;
        private @Nullable Prose description;
        private List<String> tags = List.of();

        private Builder(String id, LocalizedText name) {
            this.id = id;
            this.name = name;
        }

        /** Sets the type. */
        public Builder type(OrganisationType type) {
            this.type = type;
            return this;
        }

        /** Sets the legal form. */
        public Builder legalForm(String legalForm) {
            this.legalForm = legalForm;
            return this;
        }

        /** Sets the sector ids, main sector first. */
        public Builder sectors(String... sectorIds) {
            this.sectorIds = List.of(sectorIds);
            return this;
        }

        /** Sets the sector ids, main sector first. */
        public Builder sectors(List<String> sectorIds) {
            this.sectorIds = sectorIds;
            return this;
        }

        /** Sets the city. */
        public Builder city(String city) {
            this.city = city;
            return this;
        }

        /** Sets the web address. */
        public Builder website(URI website) {
            this.website = website;
            return this;
        }

        /** Sets the description, written without markup ({@link Prose#plain}). */
        public Builder description(LocalizedText description) {
            this.description = description == null ? null : Prose.plain(description);
            return this;
        }

        /** Sets the description. */
        public Builder description(Prose description) {
            this.description = description;
            return this;
        }

        /** Sets the tags. */
        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        /** The organisation; throws {@link IllegalArgumentException} when an invariant is broken. */
        public Organisation build() {
            return new Organisation(
                    id,
                    name,
                    type,
                    Optional.ofNullable(legalForm),
                    sectorIds,
                    Optional.ofNullable(city),
                    Optional.ofNullable(website),
                    Optional.ofNullable(description),
                    tags);
        }
    }
}
