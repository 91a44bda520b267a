package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One region: its name, the languages its texts are written in, its sectors and the organisations that
 * carry them. Immutable and valid by construction: ids are unique per kind, every organisation belongs to
 * sectors that exist, every language is a language tag.
 *
 * <p>A final class rather than a record because it keeps lookup indices beside its components; it has
 * record-style accessors and value equality over its components.
 */
public final class Region {
    private final String id;
    private final LocalizedText name;
    private final Optional<Prose> summary;
    private final Optional<URI> website;
    private final List<String> languages;
    private final List<Sector> sectors;
    private final List<Organisation> organisations;

    private final Map<String, Sector> sectorsById;
    private final Map<String, Organisation> organisationsById;
    private final Map<String, List<Organisation>> organisationsBySector;

    /**
     * Creates a region and checks its invariants.
     *
     * @param id the region's id, a lower-case slug
     * @param name the region's name
     * @param summary a short description of the region
     * @param website the region's web address, absolute http or https
     * @param languages the languages the texts are written in; the first is the default and the fallback
     * @param sectors the sectors, in the order they should appear
     * @param organisations the organisations, in the order they should appear within each sector
     * @throws IllegalArgumentException when an invariant is broken; the message says which
     */
    public Region(
            String id,
            LocalizedText name,
            Optional<Prose> summary,
            Optional<URI> website,
            List<String> languages,
            List<Sector> sectors,
            List<Organisation> organisations) {
        this.id = Checks.slug(id, "region id");
        this.name = Objects.requireNonNull(name, "the region needs a name");
        this.summary = Objects.requireNonNull(summary, "summary must not be null (use Optional.empty())");
        this.website = Objects.requireNonNull(website, "website must not be null (use Optional.empty())");
        website.ifPresent(address -> Checks.webAddress(address, "region website"));
        this.languages = Checks.copy(languages, "languages");
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("the region needs at least one language");
        }
        for (String language : this.languages) {
            if (!Checks.isLanguageTag(language)) {
                throw new IllegalArgumentException("'" + language + "' is not a language tag such as 'de' or 'en'");
            }
        }
        String duplicateLanguage = Checks.firstDuplicate(this.languages);
        if (duplicateLanguage != null) {
            throw new IllegalArgumentException("language '" + duplicateLanguage + "' is listed twice");
        }
        this.sectors = Checks.copy(sectors, "sectors");
        this.organisations = Checks.copy(organisations, "organisations");

        Map<String, Sector> sectorIndex = new HashMap<>();
        for (Sector sector : this.sectors) {
            if (sectorIndex.putIfAbsent(sector.id(), sector) != null) {
                throw new IllegalArgumentException("sector id '" + sector.id() + "' is used twice");
            }
        }
        Map<String, List<Organisation>> bySector = new LinkedHashMap<>();
        this.sectors.forEach(sector -> bySector.put(sector.id(), new ArrayList<>()));
        Map<String, Organisation> organisationIndex = new HashMap<>();
        for (Organisation organisation : this.organisations) {
            if (organisationIndex.putIfAbsent(organisation.id(), organisation) != null) {
                throw new IllegalArgumentException("organisation id '" + organisation.id() + "' is used twice");
            }
            for (String sectorId : organisation.sectorIds()) {
                List<Organisation> members = bySector.get(sectorId);
                if (members == null) {
                    throw new IllegalArgumentException("organisation '" + organisation.id()
                            + "' refers to sector '" + sectorId + "', which does not exist; known sectors: "
                            + String.join(", ", bySector.keySet()));
                }
                members.add(organisation);
            }
        }
        bySector.replaceAll((sectorId, members) -> List.copyOf(members));
        this.sectorsById = Collections.unmodifiableMap(sectorIndex);
        this.organisationsById = Collections.unmodifiableMap(organisationIndex);
        this.organisationsBySector = Collections.unmodifiableMap(bySector);
    }

    /** A builder, convenient for tests and embedding applications. */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder(id, name);
    }

    /** The region's id. */
    public String id() {
        return id;
    }

    /** The region's name. */
    public LocalizedText name() {
        return name;
    }

    /** A short description of the region. */
    public Optional<Prose> summary() {
        return summary;
    }

    /** The region's web address. */
    public Optional<URI> website() {
        return website;
    }

    /** The languages the texts are written in; never empty, the first is the default. */
    public List<String> languages() {
        return languages;
    }

    /** The default language, the fallback for any missing text. */
    public String defaultLanguage() {
        return languages.getFirst();
    }

    /** The sectors, in order. */
    public List<Sector> sectors() {
        return sectors;
    }

    /** The organisations, in order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** The sector with this id. */
    public Optional<Sector> sector(String sectorId) {
        return Optional.ofNullable(sectorsById.get(sectorId));
    }

    /** The organisation with this id. */
    public Optional<Organisation> organisation(String organisationId) {
        return Optional.ofNullable(organisationsById.get(organisationId));
    }

    /**
     * The organisations that belong to a sector (as main sector or otherwise), in the region's order.
     *
     * @throws IllegalArgumentException when the region has no such sector
     */
    public List<Organisation> organisationsOf(String sectorId) {
        List<Organisation> members = organisationsBySector.get(sectorId);
        if (members == null) {
            throw new IllegalArgumentException("the region has no sector '" + sectorId + "'");
        }
        return members;
    }

    /** The text in {@code language}, falling back to the region's default language. */
    public String text(LocalizedText text, String language) {
        return text.in(language, defaultLanguage());
    }

    /** The text in {@code language} with the language actually used, falling back to the default language. */
    public LocalizedText.Resolved resolve(LocalizedText text, String language) {
        return text.resolve(language, defaultLanguage());
    }

    /** The text in {@code language} and what it means, falling back to the default language. */
    public Prose.Resolved resolve(Prose text, String language) {
        return text.resolve(language, defaultLanguage());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region that
                && id.equals(that.id)
                && name.equals(that.name)
                && summary.equals(that.summary)
                && website.equals(that.website)
                && languages.equals(that.languages)
                && sectors.equals(that.sectors)
                && organisations.equals(that.organisations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, summary, website, languages, sectors, organisations);
    }

    @Override
    public String toString() {
        return "Region[id=" + id + ", languages=" + languages + ", sectors=" + sectors.size() + ", organisations="
                + organisations.size() + "]";
    }

    /** Builds a {@link Region}; checks happen in {@link #build()}. */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private @Nullable Prose summary;
        private @Nullable URI website;
        private List<String> languages = List.of();
        private final List<Sector> sectors = new ArrayList<>();
        private final List<Organisation> organisations = new ArrayList<>();

        private Builder(String id, LocalizedText name) {
            this.id = id;
            this.name = name;
        }

        /** Sets the summary, written without markup ({@link Prose#plain}). */
        public Builder summary(LocalizedText summary) {
            this.summary = summary == null ? null : Prose.plain(summary);
            return this;
        }

        /** Sets the summary. */
        public Builder summary(Prose summary) {
            this.summary = summary;
            return this;
        }

        /** Sets the web address. */
        public Builder website(URI website) {
            this.website = website;
            return this;
        }

        /** Sets the languages; the first is the default. */
        public Builder languages(String... languages) {
            this.languages = List.of(languages);
            return this;
        }

        /** Sets the languages; the first is the default. */
        public Builder languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        /** Adds a sector. */
        public Builder sector(Sector sector) {
            sectors.add(sector);
            return this;
        }

        /** Adds an organisation. */
        public Builder organisation(Organisation organisation) {
            organisations.add(organisation);
            return this;
        }

        /** The region; throws {@link IllegalArgumentException} when an invariant is broken. */
        public Region build() {
            return new Region(
                    id,
                    name,
                    Optional.ofNullable(summary),
                    Optional.ofNullable(website),
                    languages,
                    sectors,
                    organisations);
        }
    }
}
