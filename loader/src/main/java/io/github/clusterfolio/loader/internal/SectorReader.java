package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Qualifier;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.NullUnmarked;

/**
 * Reads the {@code sectors} list of a region file: each sector, its key figures and their sources; keeps
 * the ids of the sectors read, for the organisations that refer to them.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class SectorReader extends FormatReader {
    private final TextReader texts;
    private final ScalarReader scalars;

    private final Map<String, Integer> sectorLines = new LinkedHashMap<>();
    private final List<Sector> sectors = new ArrayList<>();
    private boolean read;
    private boolean broken;

    private final Fields<SectorDraft> sectorFields;
    private final Fields<KeyFigureDraft> keyFigureFields;
    private final Fields<KeyFigureDraft> qualifiedKeyFigureFields;
    private boolean qualifiers;
    private final Fields<SourceDraft> sourceFields;

    SectorReader(YamlCursor cursor, ProblemCollector problems, TextReader texts, ScalarReader scalars) {
        super(cursor, problems);
        this.texts = texts;
        this.scalars = scalars;
        sectorFields = Fields.<SectorDraft>keys()
                .required("id", draft -> {
                    draft.id = scalars.readId("a sector id");
                    scalars.register(draft.id, sectorLines, "sector");
                })
                .required("name", draft -> draft.name = texts.readText())
                .required("summary", draft -> draft.summary = texts.readProse())
                .optional("keyFigures", draft -> {
                    if (expectList("a list of key figures")) {
                        readItems(item -> readKeyFigure(draft.keyFigures));
                    }
                });
        keyFigureFields = keyFigureKeys(false);
        qualifiedKeyFigureFields = keyFigureKeys(true);
        sourceFields = Fields.<SourceDraft>keys()
                .required("title", draft -> draft.title = texts.readText())
                .optional("url", draft -> draft.url = scalars.readWebAddress());
    }

    private Fields<KeyFigureDraft> keyFigureKeys(boolean qualified) {
        Fields<KeyFigureDraft> keys = Fields.<KeyFigureDraft>keys()
                .required("label", draft -> draft.label = texts.readText())
                .required("value", draft -> draft.value = scalars.readNumber());
        if (qualified) {
            keys.optional("qualifier", draft -> draft.qualifier = scalars.readQualifier())
                    .refused("approximate", "'approximate' is not part of format 1.1 — did you mean 'qualifier'? Say"
                            + " how the number relates to the true value: " + String.join(", ", Qualifier.formatNames()));
        } else {
            keys.optional("approximate", draft -> draft.approximate = scalars.readBoolean())
                    .refused("qualifier", "'qualifier' is new in format 1.1; start the file with 'format: "
                            + RegionReader.FORMAT_1_1 + "' to use it, or write 'approximate: true' in format 1");
        }
        return keys.optional("unit", draft -> draft.unit = texts.readText())
                .optional("year", draft -> draft.year = scalars.readYear())
                .optional("source", draft -> draft.source = readSource());
    }

    /** From format 1.1 on, key figures take a qualifier instead of format 1's approximate flag. */
    void qualifiers(boolean qualified) {
        this.qualifiers = qualified;
    }

    /** Reads the value of {@code sectors}: a list of sectors. */
    void readSectors() {
        if (expectList("a list of sectors")) {
            readItems(item -> readSector());
        } else {
            broken = true;
        }
        read = true;
    }

    /** Whether the sectors have been read, so that a reference can be checked at once. */
    boolean read() {
        return read;
    }

    /** Whether the sectors could not be read, so that references cannot be checked. */
    boolean broken() {
        return broken;
    }

    /** The ids of the sectors read, in order, with their lines. */
    Map<String, Integer> sectorLines() {
        return sectorLines;
    }

    /** The sectors read without an error. */
    List<Sector> sectors() {
        return sectors;
    }

    private void readSector() {
        if (!expectMapping("a sector (id, name, summary …)")) {
            return;
        }
        int errorsBefore = problems.errorCount();
        SectorDraft draft = new SectorDraft();
        readFields(sectorFields, draft);
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
        readFields(qualifiers ? qualifiedKeyFigureFields : keyFigureFields, draft);
        if (problems.errorCount() == errorsBefore && !problems.hasErrors()) {
            into.add(new KeyFigure(
                    draft.label,
                    draft.value,
                    draft.approximate,
                    Optional.ofNullable(draft.qualifier),
                    Optional.ofNullable(draft.unit),
                    draft.year == 0 ? OptionalInt.empty() : OptionalInt.of(draft.year),
                    Optional.ofNullable(draft.source)));
        }
    }

    private Source readSource() {
        if (!expectMapping("a source with a title and an optional url")) {
            return null;
        }
        SourceDraft draft = new SourceDraft();
        int errorsBefore = problems.errorCount();
        readFields(sourceFields, draft);
        return problems.errorCount() == errorsBefore ? new Source(draft.title, Optional.ofNullable(draft.url)) : null;
    }

    private static final class SectorDraft {
        String id;
        LocalizedText name;
        Prose summary;
        final List<KeyFigure> keyFigures = new ArrayList<>();
    }

    private static final class KeyFigureDraft {
        LocalizedText label;
        BigDecimal value;
        boolean approximate;
        Qualifier qualifier;
        LocalizedText unit;
        int year;
        Source source;
    }

    private static final class SourceDraft {
        LocalizedText title;
        URI url;
    }
}
