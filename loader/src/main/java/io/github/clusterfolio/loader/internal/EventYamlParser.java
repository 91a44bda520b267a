package io.github.clusterfolio.loader.internal;

import java.io.Reader;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Jackson's YAML parser, also remembering what Jackson's token stream leaves out: the anchor and tag of
 * every node (Jackson drops a scalar's anchor), and where an explicit document start ({@code ---}) was.
 * Positions come straight from the current event, without allocating a location object per token.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class EventYamlParser extends YAMLParser {
    private int line;
    private int column;
    private String anchor;
    private String tag;
    private boolean quoted;
    private ScalarStyle scalarStyle;
    private String scalarValue;
    private int documentStartLine;
    private int documentStartColumn;
    private final LayoutChecks layoutChecks;

    EventYamlParser(
            ObjectReadContext readContext,
            IOContext ioContext,
            BufferRecycler recycler,
            int streamReadFeatures,
            int formatFeatures,
            LoadSettings settings,
            Reader reader) {
        super(readContext, ioContext, recycler, streamReadFeatures, formatFeatures, settings, reader, false);
        this.layoutChecks = reader instanceof GuardedInput guarded ? new LayoutChecks(guarded.layout()) : null;
    }

    @Override
    protected Event nextEvent() {
        Event next = super.nextEvent();
        if (layoutChecks != null) {
            layoutChecks.check(next);
        }
        Optional<Mark> start = next.getStartMark();
        if (start.isPresent()) {
            line = start.get().getLine() + 1;
            column = start.get().getColumn() + 1;
        } else {
            line = 0;
            column = 0;
        }
        anchor = null;
        tag = null;
        quoted = false;
        scalarStyle = null;
        switch (next.getEventId()) {
            case Scalar -> {
                ScalarEvent scalar = (ScalarEvent) next;
                anchor = scalar.getAnchor().map(Anchor::getValue).orElse(null);
                tag = scalar.getTag().orElse(null);
                quoted = scalar.isSQuoted() || scalar.isDQuoted();
                scalarStyle = scalar.getScalarStyle();
                scalarValue = scalar.getValue();
            }
            case MappingStart, SequenceStart -> {
                CollectionStartEvent collection = (CollectionStartEvent) next;
                anchor = collection.getAnchor().map(Anchor::getValue).orElse(null);
                tag = collection.getTag().orElse(null);
            }
            case DocumentStart -> {
                if (((DocumentStartEvent) next).isExplicit()) {
                    documentStartLine = line;
                    documentStartColumn = column;
                }
            }
            default -> {}
        }
        return next;
    }

    /**
     * Reads {@code ~}, {@code Null}, {@code NULL} and an empty value, written plain, as null: the JSON schema the
     * parser resolves with (so that {@code yes} or {@code 017} stay texts) knows only {@code null}, but YAML 1.2's
     * core schema, which editors and schema validators use, reads all of them as null. Done here, every reader of
     * this parser (the loader, a tree for the JSON Schema) sees the same.
     */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
        if (scalar.isPlain() && isCoreSchemaNull(scalar.getValue())) {
            return JsonToken.VALUE_NULL;
        }
        return super._decodeScalar(scalar);
    }

    private static boolean isCoreSchemaNull(String value) {
        return switch (value) {
            case "", "~", "Null", "NULL" -> true;
            default -> false;
        };
    }

    /** The value of the last scalar as written (for a null, its spelling). */
    String scalarValue() {
        return scalarValue;
    }

    /** The anchor ({@code &name}) on the node of the current token, or {@code null}. */
    String anchor() {
        return anchor;
    }

    /** Whether the current token is a scalar written in single or double quotes. */
    boolean quoted() {
        return quoted;
    }

    /** How the current scalar is written (plain, quoted, literal {@code |}, folded {@code >}); null for no scalar. */
    ScalarStyle scalarStyle() {
        return scalarStyle;
    }

    /** The explicit tag ({@code !tag}) on the node of the current token, or {@code null}. */
    String tag() {
        return tag;
    }

    /** The 1-based line where the current token starts, 0 when unknown. */
    int tokenLine() {
        return line;
    }

    /** The 1-based column where the current token starts, 0 when unknown. */
    int tokenColumn() {
        return column;
    }

    /** The line of the last explicit document start ({@code ---}), 0 when there was none. */
    int documentStartLine() {
        return documentStartLine;
    }

    /** The column of the last explicit document start, 0 when there was none. */
    int documentStartColumn() {
        return documentStartColumn;
    }
}
