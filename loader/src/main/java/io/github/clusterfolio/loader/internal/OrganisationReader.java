package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.internal.Suggestions;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.OrganisationType;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;

/**
 * Reads the {@code organisations} list of a region file. A reference to a sector is checked at once when
 * the sectors have been read, and at the end of the document when they come later.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class OrganisationReader extends FormatReader {
    private final SectorReader sectorReader;
    private final ScalarReader scalars;

    private final Map<String, Integer> organisationLines = new HashMap<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<PendingReference> pendingReferences = new ArrayList<>();
    private final Fields<OrganisationDraft> fields;

    OrganisationReader(YamlCursor cursor, ProblemCollector problems, TextReader texts, ScalarReader scalars,
            SectorReader sectorReader) {
        super(cursor, problems);
        this.sectorReader = sectorReader;
        this.scalars = scalars;
        fields = Fields.<OrganisationDraft>keys()
                .required("id", draft -> {
                    draft.id = scalars.readId("an organisation id");
                    scalars.register(draft.id, organisationLines, "organisation");
                })
                .required("name", draft -> draft.name = texts.readText())
                .required("type", draft -> draft.type = scalars.readType())
                .optional("legalForm", draft -> draft.legalForm = readPlainText("a legal form such as 'e. V.'"))
                .required("sectors", draft -> readSectorReferences(draft.sectorIds))
                .optional("city", draft -> draft.city = readPlainText("the name of a city"))
                .optional("website", draft -> draft.website = scalars.readWebAddress())
                .optional("description", draft -> draft.description = texts.readProse())
                .optional("tags", draft -> readTags(draft.tags))
                .hint("type", "; one of " + String.join(", ", OrganisationType.formatNames()))
                .hint("sectors", "; list the ids of the sectors it belongs to, the main sector first");
    }

    /** Reads the value of {@code organisations}: a list of organisations. */
    void readOrganisations() {
        if (expectList("a list of organisations")) {
            readItems(item -> readOrganisation());
        }
    }

    /** The organisations read without an error. */
    List<Organisation> organisations() {
        return organisations;
    }

    /** Reports the references made before the sectors were read to sectors that do not exist. */
    void checkReferencesMadeEarly() {
        for (PendingReference reference : pendingReferences) {
            if (sectorReader.read() && !sectorReader.broken()
                    && !sectorReader.sectorLines().containsKey(reference.sectorId())) {
                problems.error(reference.line(), reference.column(), reference.path(),
                        danglingMessage(reference.sectorId()));
            }
        }
    }

    private void readOrganisation() {
        if (!expectMapping("an organisation (id, name, type, sectors …)")) {
            return;
        }
        int errorsBefore = problems.errorCount();
        OrganisationDraft draft = new OrganisationDraft();
        readFields(fields, draft);
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
            String sectorId = scalars.readId("a sector id");
            if (sectorId == null) {
                broken[0] = true;
            } else if (into.contains(sectorId)) {
                cursor.error("sector '" + sectorId + "' is listed twice");
                broken[0] = true;
            } else {
                into.add(sectorId);
                if (!sectorReader.read()) {
                    pendingReferences.add(new PendingReference(sectorId, cursor.line(), cursor.column(), cursor.path()));
                } else if (!sectorReader.broken() && !sectorReader.sectorLines().containsKey(sectorId)) {
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
        Map<String, Integer> sectorLines = sectorReader.sectorLines();
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

    private static final class OrganisationDraft {
        String id;
        LocalizedText name;
        OrganisationType type;
        String legalForm;
        final List<String> sectorIds = new ArrayList<>();
        String city;
        URI website;
        Prose description;
        final List<String> tags = new ArrayList<>();
    }

    private record PendingReference(String sectorId, int line, int column, String path) {}
}
