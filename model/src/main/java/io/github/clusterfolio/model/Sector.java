package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * One sector of the region's economy, such as logistics or aerospace.
 *
 * @param id the sector's id, a lower-case slug unique among the region's sectors
 * @param name the sector's name
 * @param summary what the sector is about
 * @param keyFigures numbers that describe the sector, in the order they should appear
 */
public record Sector(String id, LocalizedText name, Prose summary, List<KeyFigure> keyFigures) {
    /** Checks the id and copies the key figures. */
    public Sector {
        Checks.slug(id, "sector id");
        Objects.requireNonNull(name, "sector '" + id + "' needs a name");
        Objects.requireNonNull(summary, "sector '" + id + "' needs a summary");
        keyFigures = Checks.copy(keyFigures, "key figures of sector '" + id + "'");
    }

    /** A sector whose summary is written without markup ({@link Prose#plain}). */
    public Sector(String id, LocalizedText name, LocalizedText summary, List<KeyFigure> keyFigures) {
        this(id, name, summary == null ? null : Prose.plain(summary), keyFigures);
    }
}
