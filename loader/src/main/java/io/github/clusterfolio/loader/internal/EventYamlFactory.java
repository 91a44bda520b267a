package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.loader.LoaderLimits;
import java.io.Reader;
import java.io.Serial;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.JsonSchema;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * A YAML factory whose parsers are {@link EventYamlParser}s, configured for one set of limits. Thread-safe;
 * one instance serves every document read with the same limits.
 */
public final class EventYamlFactory extends YAMLFactory {
    @Serial
    private static final long serialVersionUID = 1L;

    private EventYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /**
     * A factory for {@code limits}. The loader's own checks come first and say more; Jackson's and
     * SnakeYAML's limits are set just above them as a second line of defence.
     */
    public static EventYamlFactory forLimits(LoaderLimits limits) {
        int documentChars = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars() + 16);
        LoadSettings settings = LoadSettings.builder()
                // YAML 1.2's JSON schema: only true/false, null and JSON numbers are anything but text, so
                // YAML 1.1's yes, on, 017 or 0x1F stay the text written (the readers then refuse them
                // where a number or true/false belongs, saying why)
                .setSchema(new JsonSchema())
                .setCodePointLimit(documentChars)
                .setParseComments(false)
                .build();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth() + 1)
                .maxDocumentLength(-1)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE)
                .build();
        YAMLFactoryBuilder builder = YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(constraints)
                .disable(YAMLReadFeature.EMPTY_STRING_AS_NULL, YAMLReadFeature.PARSE_OCTAL_NUMBERS)
                .disable(YAMLReadFeature.EMPTY_DOCUMENT_AS_EMPTY_OBJECT)
                // the readers find duplicate keys themselves, and go on reading after them
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        return new EventYamlFactory(builder);
    }

    /** A parser reading {@code reader}. */
    EventYamlParser parser(Reader reader) {
        return (EventYamlParser) createParser(ObjectReadContext.empty(), reader);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) {
        return new EventYamlParser(
                readContext,
                ioContext,
                _getBufferRecycler(),
                readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures),
                _loadSettings,
                reader);
    }
}
