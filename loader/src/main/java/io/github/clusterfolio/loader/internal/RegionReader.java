package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.core.JsonToken;

/**
 * Reads format versions 1 and 1.1 in one pass over the token stream: every value is checked where it stands
 * (so its line and column are at hand), checks that need the whole document (references to sectors,
 * translations when the languages come late) are kept until the end, and the model's records are built
 * as long as no error has been found. This class reads the document's frame — {@code format},
 * {@code region} and its languages — and hands the rest to the readers of texts, single values, sectors and
 * organisations. Every mapping's keys are bound to their handlers by name ({@link Fields}).
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class RegionReader extends FormatReader {
    /** The first version of the format, whose files keep exactly their meaning. */
    public static final String FORMAT_1 = "clusterfolio/1";
    /** Version 1.1: qualifiers on key figures, rich text in summaries and descriptions. */
    public static final String FORMAT_1_1 = "clusterfolio/1.1";
    /** The version a new file should be written in, named in messages. */
    public static final String FORMAT = FORMAT_1_1;

    private final TextReader texts;
    private final ScalarReader scalars;
    private final SectorReader sectorReader;
    private final OrganisationReader organisationReader;
    private final Fields<Void> rootFields;
    private final Fields<Void> regionFields;

    private String regionId;
    private LocalizedText regionName;
    private Prose regionSummary;
    private boolean bodyRead;
    private URI regionWebsite;
    private List<String> languages;

    /** A reader of the document under {@code cursor}. */
    public RegionReader(YamlCursor cursor, ProblemCollector problems) {
        super(cursor, problems);
        texts = new TextReader(cursor, problems);
        scalars = new ScalarReader(cursor, problems);
        sectorReader = new SectorReader(cursor, problems, texts, scalars);
        organisationReader = new OrganisationReader(cursor, problems, texts, scalars, sectorReader);
        rootFields = Fields.<Void>keys()
                .required("format", none -> readFormat())
                .required("region", none -> {
                    bodyRead = true;
                    if (expectMapping("the region's details (id, name, languages …)")) {
                        readRegion();
                    }
                })
                .required("sectors", none -> {
                    bodyRead = true;
                    sectorReader.readSectors();
                })
                .required("organisations", none -> {
                    bodyRead = true;
                    organisationReader.readOrganisations();
                })
                .hint("format", "; the file should start with 'format: " + FORMAT + "'")
                .hint("sectors", "; list the region's sectors, or write 'sectors: []'")
                .hint("organisations", "; list the organisations, or write 'organisations: []'");
        regionFields = Fields.<Void>keys()
                .required("id", none -> regionId = scalars.readId("the region's id"))
                .required("name", none -> regionName = texts.readText())
                .optional("summary", none -> regionSummary = texts.readProse())
                .optional("website", none -> regionWebsite = scalars.readWebAddress())
                .required("languages", none -> readLanguages())
                .hint("languages", "; list the languages the texts are written in, such as [de, en]");
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
        readFields(rootFields, null);
        DocumentReading.checkSingleDocument(cursor);
        texts.finishTextChecks();
        organisationReader.checkReferencesMadeEarly();
        if (problems.hasErrors()) {
            return null;
        }
        return new Region(
                regionId,
                regionName,
                Optional.ofNullable(regionSummary),
                Optional.ofNullable(regionWebsite),
                languages,
                sectorReader.sectors(),
                organisationReader.organisations());
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
        if (format.equals(FORMAT_1)) {
            return;
        }
        if (format.equals(FORMAT_1_1)) {
            if (bodyRead) {
                cursor.error("'format: " + FORMAT_1_1 + "' must be the first key of the file, since it changes how"
                        + " the keys after it are read");
                return;
            }
            texts.richTexts(true);
            sectorReader.qualifiers(true);
            return;
        }
        if (format.startsWith("clusterfolio/")) {
            cursor.error("this file is written in format " + Values.excerpt(format)
                    + ", but this version of clusterfolio reads '" + FORMAT_1 + "' and '" + FORMAT_1_1 + "'");
        } else {
            cursor.error(Values.excerpt(format) + " is not a format this program reads; write 'format: " + FORMAT + "'");
        }
    }

    private void readRegion() {
        readFields(regionFields, null);
        if (languages != null) {
            texts.languagesAre(languages);
        } else {
            texts.languagesBroken();
        }
    }

    private void readLanguages() {
        if (!expectList("a list of language tags such as [de, en]")) {
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
        if (!broken[0]) {
            languages = List.copyOf(tags);
        }
    }
}
