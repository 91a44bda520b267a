package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.loader.internal.EventYamlFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the JSON Schema and the loader in agreement: every valid example passes both, and every invalid
 * case the loader rejects with an error the schema rejects too — except the cases listed here, which need
 * what a schema cannot see.
 */
class SchemaAgreementTest {
    /**
     * Invalid cases a JSON Schema cannot catch: references and uniqueness across the document, YAML-level
     * features (duplicate keys, anchors, aliases, tags) that parsing into a tree hides, the loader's own
     * limits, and translations.
     */
    private static final Set<String> BEYOND_THE_SCHEMA = Set.of(
            "alias-as-list-item",
            "anchor-and-alias",
            "dangling-reference-before-sectors",
            "dangling-sector-reference",
            "duplicate-key",
            "duplicate-language-key",
            "duplicate-organisation-ids",
            "duplicate-root-key",
            "duplicate-sector-ids",
            "missing-translations-strict",
            "over-large-document",
            "over-long-line",
            "over-long-value",
            // format 1.1: a link's target inside a rich text, and the order of keys
            "v1-1-bad-links",
            "v1-1-format-not-first",
            // YAML the parser under the schema validator accepts although YAML 1.2 forbids it (yaml-test-suite)
            "yaml-suite-9C9N",
            "yaml-suite-9JBA",
            "yaml-suite-CVW2",
            "yaml-suite-DK95-01",
            "yaml-suite-QB6E",
            "yaml-suite-SU5Z",
            "yaml-suite-Y79Y-003",
            "yaml-tags");

    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(RegionSchema.json());
    /**
     * YAML read into a tree as the loader reads it (YAML 1.2: {@code yes} and {@code 017} are texts; {@code ~},
     * {@code Null}, {@code NULL} and an empty value are null), so that the schema and the loader judge the
     * same values and only their judgement is compared.
     */
    private static final ObjectMapper YAML =
            YAMLMapper.builder(EventYamlFactory.forLimits(LoaderLimits.DEFAULTS)).build();

    private static JsonNode tree(byte[] yaml) {
        // Invalid UTF-8 is an error, as for the loader, not a replacement character.
        return YAML.readTree(new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Whether the schema accepts the document; a document YAML cannot parse is not accepted. */
    private static boolean schemaAccepts(byte[] yaml) {
        JsonNode document;
        try {
            document = tree(yaml);
        } catch (JacksonException | java.io.UncheckedIOException e) {
            return false;
        }
        return document != null && SCHEMA.validate(document).isEmpty();
    }

    private static List<String> schemaErrors(byte[] yaml) {
        return SCHEMA.validate(tree(yaml)).stream().map(Error::toString).toList();
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        JsonNode schema = new ObjectMapper().readTree(RegionSchema.json());
        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void everyValidExamplePassesTheSchema() {
        Corpus.cases(Corpus.VALID).forEach(name -> assertThat(schemaErrors(Corpus.yaml(Corpus.VALID, name)))
                .as("schema errors of valid/%s.yaml", name)
                .isEmpty());
    }

    @Test
    void theBundledExampleAndSyntheticRegionsPassTheSchema() throws Exception {
        byte[] example = Files.readAllBytes(Path.of("..", "examples", "metropolregion-nordwest.yaml"));
        assertThat(schemaErrors(example)).isEmpty();
        for (long seed = 1; seed <= 5; seed++) {
            byte[] synthetic = RegionYamlWriter.toYaml(SyntheticRegions.generate(seed, 4, 30))
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(schemaErrors(synthetic)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void everyInvalidCaseFailsBothUnlessItNeedsMoreThanASchema() {
        Set<String> loaderOnly = new TreeSet<>();
        Set<String> schemaOnly = new TreeSet<>();
        Corpus.cases(Corpus.INVALID).forEach(name -> {
            byte[] yaml = Corpus.yaml(Corpus.INVALID, name);
            boolean loaderRejects = Corpus.loader(Corpus.INVALID, name)
                    .read(new ByteArrayInputStream(yaml), name)
                    .hasErrors();
            boolean schemaRejects = !schemaAccepts(yaml);
            if (loaderRejects && !schemaRejects) {
                loaderOnly.add(name);
            } else if (schemaRejects && !loaderRejects) {
                schemaOnly.add(name);
            }
        });
        assertThat(schemaOnly).as("cases only the schema rejects").isEmpty();
        assertThat(loaderOnly).as("cases only the loader rejects").isEqualTo(new TreeSet<>(BEYOND_THE_SCHEMA));
    }

    @Test
    void theListOfCasesBeyondTheSchemaNamesExistingCases() {
        Set<String> cases = Corpus.cases(Corpus.INVALID).collect(Collectors.toSet());
        assertThat(cases).containsAll(BEYOND_THE_SCHEMA);
    }

    /**
     * Values the loader judges by how they are written, which a schema cannot see (it gets the parsed value):
     * a year is four digits, while to a schema 2024.0 is the integer 2024; and 1e-999999999, too small for a
     * double, reaches a validator as 0. A value listed here must still be refused by the loader.
     */
    private static final Set<String> WRITTEN_FORM_ONLY = Set.of("YEAR 2024.0", "YEAR 2.024e3", "VALUE 1e-999999999");

    /** The slot values of {@code agreement/values.txt}, in order, as "SLOT value". */
    private static List<String[]> slotValues() throws IOException {
        List<String[]> values = new ArrayList<>();
        for (String line : Files.readAllLines(Corpus.ROOT.resolve("agreement").resolve("values.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String slot = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1);
            values.add(new String[] {slot, unescape(value)});
        }
        return values;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i) && i + 6 <= text.length()) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Issue 11, item 10: every value of a shared corpus, put into an otherwise valid document, is judged alike
     * by the loader and the schema — for example {@code 1.0e-6}, which is {@code 1e-6}.
     */
    @Test
    void theLoaderAndTheSchemaAgreeOnEveryValueOfTheSharedCorpus() throws IOException {
        String template = Files.readString(Corpus.ROOT.resolve("agreement").resolve("template.yaml"));
        List<String[]> values = slotValues();
        Map<String, String> defaults = new LinkedHashMap<>();
        values.forEach(value -> defaults.putIfAbsent(value[0], value[1]));
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (String[] value : values) {
            String document = template;
            for (Map.Entry<String, String> slot : defaults.entrySet()) {
                String filled = slot.getKey().equals(value[0]) ? value[1] : slot.getValue();
                document = document.replace(": " + slot.getKey() + "\n", (filled.isEmpty() ? ":" : ": " + filled) + "\n");
            }
            byte[] yaml = document.getBytes(StandardCharsets.UTF_8);
            LoadResult loaded = RegionLoader.defaults().read(new ByteArrayInputStream(yaml), "agreement.yaml");
            boolean loaderAccepts = !loaded.hasErrors();
            boolean schemaAccepts = schemaAccepts(yaml);
            String name = value[0] + " " + value[1];
            valid += loaderAccepts ? 1 : 0;
            if (WRITTEN_FORM_ONLY.contains(name)) {
                assertThat(loaderAccepts).as("loader on %s", name).isFalse();
            } else if (loaderAccepts != schemaAccepts) {
                disagreements.add(name + ": loader " + (loaderAccepts ? "accepts" : "refuses: " + loaded.errors())
                        + ", schema " + (schemaAccepts ? "accepts" : "refuses: " + schemaErrors(yaml)));
            }
        }
        assertThat(disagreements).as("values the loader and the schema judge differently").isEmpty();
        assertThat(values).hasSizeGreaterThanOrEqualTo(150);
        assertThat(valid).as("valid documents").isGreaterThanOrEqualTo(50);
        assertThat(values.size() - valid).as("invalid documents").isGreaterThanOrEqualTo(80);
    }
}
