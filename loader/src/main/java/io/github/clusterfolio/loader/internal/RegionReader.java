package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonToken;

/**
 * Reads format version 1 in one pass over the token stream: every value is checked where it stands
 * (so its line and column are at hand), checks that need the whole document (references to sectors,
 * translations when the languages come late) are kept until the end, and the model's records are built
 * as long as no error has been found.
 */
public final class RegionReader extends FormatReader {
    /** The value of the {@code format} key this reader reads. */
    public static final String FORMAT = "clusterfolio/1";

    private static final String TEXT = "a text, or texts per language such as {de: …, en: …}";

    private static final Fields ROOT = Fields.of("format!", "region!", "sectors!", "organisations!")
            .hint("format", "; the file should start with 'format: " + FORMAT + "'")
            .hint("sectors", "; list the region's sectors, or write 'sectors: []'")
            .hint("organisations", "; list the organisations, or write 'organisations: []'");
    private static final Fields REGION = Fields.of("id!", "name!", "summary", "website", "languages!")
            .hint("languages", "; list the languages the texts are written in, such as [de, en]");
    private static final Fields SECTOR = Fields.of("id!", "name!", "summary!", "keyFigures");
    private static final Fields KEY_FIGURE = Fields.of("label!", "value!", "approximate", "unit", "year", "source");
    private static final Fields SOURCE = Fields.of("title!", "url");
    private static final Fields ORGANISATION = Fields.of(
                    "id!", "name!", "type!", "legalForm", "sectors!", "city", "website", "description", "tags")
            .hint("type", "; one of " + String.join(", ", OrganisationType.formatNames()))
            .hint("sectors", "; list the ids of the sectors it belongs to, the main sector first");

    private static final Map<String, OrganisationType> TYPES = new HashMap<>();
    private static final String EXPECTED_TYPE =
            "an organisation type (" + String.join(", ", OrganisationType.formatNames()) + ")";
    private static final Set<String> YES_WORDS = Set.of("true", "yes", "on", "y", "ja");
    private static final Set<String> NO_WORDS = Set.of("false", "no", "off", "n", "nein");

    static {
        for (OrganisationType type : OrganisationType.values()) {
            TYPES.put(type.formatName(), type);
        }
    }

    private String regionId;
    private LocalizedText regionName;
    private LocalizedText regionSummary;
    private URI regionWebsite;
    private List<String> languages;
    private boolean languagesBroken;
    private final List<PendingTextCheck> pendingTexts = new ArrayList<>();

    private final Map<String, Integer> sectorLines = new LinkedHashMap<>();
    private boolean sectorsRead;
    private boolean sectorsBroken;
    private final List<PendingReference> pendingReferences = new ArrayList<>();
    private final Map<String, Integer> organisationLines = new HashMap<>();
    private final List<Sector> sectors = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();

    /** A reader of the document under {@code cursor}. */
    public RegionReader(YamlCursor cursor, ProblemCollector problems) {
        super(cursor, problems);
    }

    /** Reads the document; the region, or {@code null} when an error was found. */
    public Region read() {
        JsonToken first = cursor.next();
        if (!DocumentReading.startsDocument(cursor, "'format: " + FORMAT + "'")) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            cursor.report("a clusterfolio file is a mapping of keys that starts with 'format: " + FORMAT
                    + "', but this document is " + cursor.describe());
            cursor.skipValue();
            DocumentReading.checkSingleDocument(cursor);
            return null;
        }
        readFields(ROOT, this::rootValue);
        DocumentReading.checkSingleDocument(cursor);
        finishTextChecks();
        for (PendingReference reference : pendingReferences) {
            if (sectorsRead && !sectorsBroken && !sectorLines.containsKey(reference.sectorId())) {
                problems.error(reference.line(), reference.column(), reference.path(),
                        danglingMessage(reference.sectorId()));
            }
        }
        if (problems.hasErrors()) {
            return null;
        }
        return new Region(
                regionId,
                regionName,
                Optional.ofNullable(regionSummary),
                Optional.ofNullable(regionWebsite),
                languages,
                sectors,
                organisations);
    }

    private void rootValue(int index) {
        switch (index) {
            case 0 -> readFormat();
            case 1 -> {
                if (expectMapping("the region's details (id, name, languages …)")) {
                    readRegion();
                }
            }
            case 2 -> {
                if (expectList("a list of sectors")) {
                    readItems(item -> readSector());
                } else {
                    sectorsBroken = true;
                }
                sectorsRead = true;
            }
            default -> {
                if (expectList("a list of organisations")) {
                    readItems(item -> readOrganisation());
                }
            }
        }
    }

    private void readFormat() {
        if (cursor.reported()) {
            cursor.skipValue();
            return;
        }
        if (cursor.token() != JsonToken.VALUE_STRING) {
            wrongKind("'" + FORMAT + "'");
            return;
        }
        String format = cursor.text();
        if (format.equals(FORMAT)) {
            return;
        }
        if (format.startsWith("clusterfolio/")) {
            cursor.error("this file is written in format " + Values.excerpt(format)
                    + ", but this version of clusterfolio reads '" + FORMAT + "'");
        } else {
            cursor.error(Values.excerpt(format) + " is not a format this program reads; write 'format: " + FORMAT + "'");
        }
    }

    private void readRegion() {
        readFields(REGION, index -> {
            switch (index) {
                case 0 -> regionId = readId("the region's id");
                case 1 -> regionName = readText();
                case 2 -> regionSummary = readText();
                case 3 -> regionWebsite = readWebAddress();
                default -> readLanguages();
            }
        });
        if (languages != null) {
            finishTextChecks();
        } else {
            languagesBroken = true;
            pendingTexts.clear();
        }
    }

    private void readLanguages() {
        if (!expectList("a list of language tags such as [de, en]")) {
            languagesBroken = true;
            return;
        }
        int listLine = cursor.line();
        int listColumn = cursor.column();
        List<String> tags = new ArrayList<>();
        boolean[] broken = {false};
        readItems(item -> {
            String tag = readPlainText("a language tag such as 'de'");
            if (tag == null) {
                broken[0] = true;
            } else if (!Values.isLanguageTag(tag)) {
                cursor.error(Values.excerpt(tag) + " is not a language tag such as 'de' or 'en'");
                broken[0] = true;
            } else if (tags.contains(tag)) {
                cursor.error("language '" + tag + "' is listed twice");
                broken[0] = true;
            } else {
                tags.add(tag);
            }
        });
        if (tags.isEmpty() && !broken[0]) {
            cursor.tentativeError(listLine, listColumn, "the region needs at least one language, such as [de]");
            broken[0] = true;
        }
        if (broken[0]) {
            languagesBroken = true;
        } else {
            languages = List.copyOf(tags);
        }
    }

    private void readSector() {
        if (!expectMapping("a sector (id, name, summary …)")) {
            return;
        }
        int errorsBefore = problems.errorCount();
        SectorDraft draft = new SectorDraft();
        readFields(SECTOR, index -> {
            switch (index) {
                case 0 -> {
                    draft.id = readId("a sector id");
                    register(draft.id, sectorLines, "sector");
                }
                case 1 -> draft.name = readText();
                case 2 -> draft.summary = readText();
                default -> {
                    if (expectList("a list of key figures")) {
                        readItems(item -> readKeyFigure(draft.keyFigures));
                    }
                }
            }
        });
        if (problems.errorCount() == errorsBefore && !problems.hasErrors()) {
            sectors.add(new Sector(draft.id, draft.name, draft.summary, draft.keyFigures));
        }
    }

    private void readKeyFigure(List<KeyFigure> into) {
        if (!expectMapping("a key figure (label, value …)")) {
            return;
        }
        KeyFigureDraft draft = new KeyFigureDraft();
        int errorsBefore = problems.errorCount();
        readFields(KEY_FIGURE, index -> {
            switch (index) {
                case 0 -> draft.label = readText();
                case 1 -> draft.value = readNumber();
                case 2 -> draft.approximate = readBoolean();
                case 3 -> draft.unit = readText();
                case 4 -> draft.year = readYear();
                default -> draft.source = readSource();
            }
        });
        if (problems.errorCount() == errorsBefore && !problems.hasErrors()) {
            into.add(new KeyFigure(
                    draft.label,
                    draft.value,
                    draft.approximate,
                    Optional.ofNullable(draft.unit),
                    draft.year == 0 ? OptionalInt.empty() : OptionalInt.of(draft.year),
                    Optional.ofNullable(draft.source)));
        }
    }

    private Source readSource() {
        if (!expectMapping("a source with a title and an optional url")) {
            return null;
        }
        LocalizedText[] title = {null};
        URI[] url = {null};
        int errorsBefore = problems.errorCount();
        readFields(SOURCE, index -> {
            if (index == 0) {
                title[0] = readText();
            } else {
                url[0] = readWebAddress();
            }
        });
        return problems.errorCount() == errorsBefore ? new Source(title[0], Optional.ofNullable(url[0])) : null;
    }

    private void readOrganisation() {
        if (!expectMapping("an organisation (id, name, type, sectors …)")) {
            return;
        }
        int errorsBefore = problems.errorCount();
        OrganisationDraft draft = new OrganisationDraft();
        readFields(ORGANISATION, index -> {
            switch (index) {
                case 0 -> {
                    draft.id = readId("an organisation id");
                    register(draft.id, organisationLines, "organisation");
                }
                case 1 -> draft.name = readText();
                case 2 -> draft.type = readType();
                case 3 -> draft.legalForm = readPlainText("a legal form such as 'e. V.'");
                case 4 -> readSectorReferences(draft.sectorIds);
                case 5 -> draft.city = readPlainText("the name of a city");
                case 6 -> draft.website = readWebAddress();
                case 7 -> draft.description = readText();
                default -> readTags(draft.tags);
            }
        });
        if (problems.errorCount() == errorsBefore && !problems.hasErrors()) {
            organisations.add(new Organisation(
                    draft.id,
                    draft.name,
                    draft.type,
                    Optional.ofNullable(draft.legalForm),
                    draft.sectorIds,
                    Optional.ofNullable(draft.city),
                    Optional.ofNullable(draft.website),
                    Optional.ofNullable(draft.description),
                    draft.tags));
        }
    }

    private void readSectorReferences(List<String> into) {
        if (!expectList("a list of sector ids such as [logistics]")) {
            return;
        }
        int listLine = cursor.line();
        int listColumn = cursor.column();
        boolean[] broken = {false};
        readItems(item -> {
            String sectorId = readId("a sector id");
            if (sectorId == null) {
                broken[0] = true;
            } else if (into.contains(sectorId)) {
                cursor.error("sector '" + sectorId + "' is listed twice");
                broken[0] = true;
            } else {
                into.add(sectorId);
                if (!sectorsRead) {
                    pendingReferences.add(new PendingReference(sectorId, cursor.line(), cursor.column(), cursor.path()));
                } else if (!sectorsBroken && !sectorLines.containsKey(sectorId)) {
                    cursor.error(danglingMessage(sectorId));
                }
            }
        });
        if (into.isEmpty() && !broken[0]) {
            cursor.tentativeError(listLine, listColumn,
                    "an organisation belongs to at least one sector; list its sector ids, the main sector first");
        }
    }

    private String danglingMessage(String sectorId) {
        if (sectorLines.isEmpty()) {
            return "sector '" + sectorId + "' does not exist; the file defines no sectors";
        }
        String suggestion = Suggestions.nearest(sectorId, sectorLines.keySet());
        return "sector '" + sectorId + "' does not exist"
                + (suggestion != null ? " — did you mean '" + suggestion + "'?" : ";")
                + " known sectors: " + listed(sectorLines.keySet(), 20);
    }

    private void readTags(List<String> into) {
        if (expectList("a list of tags such as [mobility, energy]")) {
            readItems(item -> {
                String tag = readPlainText("a tag");
                if (tag != null) {
                    into.add(tag);
                }
            });
        }
    }

    private void register(String id, Map<String, Integer> lines, String kind) {
        if (id == null) {
            return;
        }
        Integer first = lines.putIfAbsent(id, cursor.line());
        if (first != null) {
            cursor.error(kind + " id '" + id + "' is used twice; it is already the id of the " + kind + " on line "
                    + first);
        }
    }

    private String readId(String expected) {
        String id = readPlainText(expected);
        if (id == null || Values.isSlug(id)) {
            return id;
        }
        String suggestion = Values.slugFrom(id);
        cursor.error(Values.excerpt(id) + " is not a valid id: use lower-case letters, digits and single hyphens"
                + (suggestion.isEmpty() ? ", such as 'logistics-maritime'" : ", such as '" + suggestion + "'"));
        return null;
    }

    private OrganisationType readType() {
        String name = readPlainText(EXPECTED_TYPE);
        if (name == null) {
            return null;
        }
        OrganisationType type = TYPES.get(name);
        if (type == null) {
            String suggestion = Suggestions.nearest(name, OrganisationType.formatNames());
            cursor.error("unknown organisation type " + Values.excerpt(name)
                    + (suggestion != null ? " — did you mean '" + suggestion + "'?" : "; use one of "
                            + String.join(", ", OrganisationType.formatNames())));
        }
        return type;
    }

    private URI readWebAddress() {
        String text = readPlainText("a web address such as https://example.org/");
        if (text == null) {
            return null;
        }
        Values.WebAddress address = Values.webAddress(text);
        if (address.problem() != null) {
            cursor.error(address.problem());
            return null;
        }
        return address.address();
    }

    private BigDecimal readNumber() {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        JsonToken token = cursor.token();
        String text = cursor.text();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = Values.parseDecimal(text);
            if (value == null) {
                cursor.error(Values.excerpt(text) + " is not a number this format accepts; write digits, such as 70000 or 2.5");
                return null;
            }
            String why = Values.whyOutOfBounds(value, text);
            if (why != null) {
                cursor.error(why);
                return null;
            }
            if (value.scale() > Values.MAX_DECIMAL_PLACES) {
                // 1.0e-6 is 0.000001: the zeros its notation adds are not decimal places of the figure.
                value = value.stripTrailingZeros();
            }
            if (Values.looksLikeThousandsSeparated(text)) {
                cursor.warning(cursor.line(), cursor.column(), text + " is read as "
                        + value.stripTrailingZeros().toPlainString() + ", with the point as decimal point; if you mean "
                        + text.replace(".", "") + ", write it without the point");
            }
            return value;
        }
        if (token == JsonToken.VALUE_STRING && cursor.quoted()) {
            cursor.error("expected a number, found the text " + Values.excerpt(text) + " in quotes"
                    + (Values.parseDecimal(text.strip()) != null ? "; remove the quotes" : Values.numberHint(text)));
            return null;
        }
        if (token == JsonToken.VALUE_STRING && !text.isEmpty()) {
            cursor.error(Values.excerpt(text) + " is not a number" + Values.numberHint(text));
            return null;
        }
        wrongKind("a number");
        return null;
    }

    private boolean readBoolean() {
        JsonToken token = cursor.token();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (!cursor.reported() && token == JsonToken.VALUE_STRING) {
            String lower = cursor.text().toLowerCase(Locale.ROOT);
            boolean yes = YES_WORDS.contains(lower);
            boolean no = NO_WORDS.contains(lower);
            if (yes || no) {
                boolean unquote = cursor.quoted() && (lower.equals("true") || lower.equals("false"));
                cursor.error("expected true or false, found the text " + Values.excerpt(cursor.text())
                        + (cursor.quoted() ? " in quotes" : "")
                        + (unquote ? "; remove the quotes" : "; write " + (yes ? "true" : "false")));
                return false;
            }
        }
        wrongKind("true or false");
        return false;
    }

    private int readYear() {
        if (cursor.reported()) {
            cursor.skipValue();
            return 0;
        }
        String text = cursor.text();
        if (cursor.token() == JsonToken.VALUE_NUMBER_INT && text.length() == 4 && text.charAt(0) != '0'
                && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(text);
        }
        if (cursor.token() == JsonToken.VALUE_NUMBER_INT || cursor.token() == JsonToken.VALUE_NUMBER_FLOAT) {
            cursor.error(Values.excerpt(text) + " is not a year; write four digits, such as 2024");
            return 0;
        }
        if (cursor.token() == JsonToken.VALUE_STRING && cursor.quoted()) {
            String stripped = text.strip();
            boolean year = stripped.length() == 4 && stripped.charAt(0) != '0'
                    && stripped.chars().allMatch(c -> c >= '0' && c <= '9');
            cursor.error("expected a year such as 2024, found the text " + Values.excerpt(text) + " in quotes"
                    + (year ? "; remove the quotes" : ""));
            return 0;
        }
        if (cursor.token() == JsonToken.VALUE_STRING && !text.isEmpty()) {
            cursor.error(Values.excerpt(text) + " is not a year; write four digits, such as 2024");
            return 0;
        }
        wrongKind("a year such as 2024");
        return 0;
    }

    /** A text in every language (one string) or per language (a mapping); {@code null} after an error. */
    private LocalizedText readText() {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        if (cursor.token() == JsonToken.VALUE_STRING || cursor.emptyValue()) {
            String text = readPlainText(TEXT);
            return text == null ? null : LocalizedText.of(text);
        }
        if (cursor.token() != JsonToken.START_OBJECT) {
            wrongKindForText(TEXT);
            return null;
        }
        int mapLine = cursor.line();
        int mapColumn = cursor.column();
        TreeMap<String, String> byLanguage = new TreeMap<>();
        boolean broken = false;
        while (cursor.next() == JsonToken.PROPERTY_NAME) {
            String language = cursor.text();
            boolean keyReported = cursor.reported();
            cursor.enterKey(language);
            if (keyReported) {
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else if (!Values.isLanguageTag(language)) {
                cursor.error(Values.excerpt(language) + " is not a language tag such as 'de' or 'en'");
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else if (byLanguage.containsKey(language)) {
                cursor.error("duplicate key '" + language + "'; the text in this language is already given above");
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else {
                cursor.next();
                String text = readPlainText("the text in '" + language + "'");
                if (text == null) {
                    broken = true;
                } else {
                    byLanguage.put(language, text);
                }
            }
            cursor.leave();
        }
        if (broken) {
            return null;
        }
        if (byLanguage.isEmpty()) {
            cursor.tentativeError(mapLine, mapColumn, "the text is empty; give one text, or texts per language such as {de: …}");
            return null;
        }
        if (languages != null) {
            checkTranslations(byLanguage.keySet(), mapLine, mapColumn, null);
        } else if (!languagesBroken) {
            pendingTexts.add(new PendingTextCheck(Set.copyOf(byLanguage.keySet()), mapLine, mapColumn, cursor.path()));
        }
        return new LocalizedText(Optional.empty(), byLanguage);
    }

    private void finishTextChecks() {
        if (languages != null) {
            for (PendingTextCheck check : pendingTexts) {
                checkTranslations(check.languages(), check.line(), check.column(), check.path());
            }
        }
        pendingTexts.clear();
    }

    /** Warns of missing and surplus languages; {@code path} is {@code null} for the cursor's current one. */
    private void checkTranslations(Set<String> given, int line, int column, String knownPath) {
        if (given.size() == languages.size() && given.containsAll(languages)) {
            return;
        }
        String path = knownPath != null ? knownPath : cursor.path();
        List<String> missing = new ArrayList<>();
        for (String language : languages) {
            if (!given.contains(language)) {
                missing.add(language);
            }
        }
        if (!missing.isEmpty()) {
            String used = given.contains(languages.getFirst()) ? languages.getFirst() : Collections.min(given);
            problems.warning(line, column, path, "no " + quotedList(missing) + " text; the '" + used
                    + "' text is used instead");
        }
        List<String> extra = new ArrayList<>();
        for (String language : new TreeSet<>(given)) {
            if (!languages.contains(language)) {
                extra.add(language);
            }
        }
        if (!extra.isEmpty()) {
            problems.warning(line, column, path, "the " + quotedList(extra) + " text is never shown: "
                    + (extra.size() == 1 ? "it is not one of" : "they are not among") + " the region's languages ("
                    + listed(languages, 10) + ")");
        }
    }

    private static String quotedList(List<String> languages) {
        int shown = Math.min(languages.size(), 10);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(i == languages.size() - 1 ? " and " : ", ");
            }
            out.append('\'').append(languages.get(i)).append('\'');
        }
        if (shown < languages.size()) {
            out.append(" and ").append(languages.size() - shown).append(" more");
        }
        return out.toString();
    }

    private static final class SectorDraft {
        String id;
        LocalizedText name;
        LocalizedText summary;
        final List<KeyFigure> keyFigures = new ArrayList<>();
    }

    private static final class KeyFigureDraft {
        LocalizedText label;
        BigDecimal value;
        boolean approximate;
        LocalizedText unit;
        int year;
        Source source;
    }

    private static final class OrganisationDraft {
        String id;
        LocalizedText name;
        OrganisationType type;
        String legalForm;
        final List<String> sectorIds = new ArrayList<>();
        String city;
        URI website;
        LocalizedText description;
        final List<String> tags = new ArrayList<>();
    }

    private record PendingTextCheck(Set<String> languages, int line, int column, String path) {}

    private record PendingReference(String sectorId, int line, int column, String path) {}
}
