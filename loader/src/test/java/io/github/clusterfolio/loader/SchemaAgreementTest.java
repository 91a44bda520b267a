package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private static final ObjectMapper YAML = new YAMLMapper();

    /** Whether the schema accepts the document; a document YAML cannot parse is not accepted. */
    private static boolean schemaAccepts(byte[] yaml) {
        JsonNode document;
        try {
            document = YAML.readTree(yaml);
        } catch (JacksonException e) {
            return false;
        }
        return document != null && SCHEMA.validate(document).isEmpty();
    }

    private static List<String> schemaErrors(byte[] yaml) {
        return SCHEMA.validate(YAML.readTree(yaml)).stream().map(Error::toString).toList();
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
}
