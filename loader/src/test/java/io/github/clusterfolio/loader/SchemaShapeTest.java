package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The shape of the JSON Schema that editors rely on. The YAML language server completes a key with
 * {@code key: } only when it knows the value's type: a {@code oneOf} without a {@code type} made it insert a
 * bare {@code name} for every text field, and the organisation snippet came out as broken YAML. So every
 * place a property's value can be more than one kind states its types, and both format versions are
 * described.
 */
class SchemaShapeTest {
    private static final JsonNode SCHEMA = new ObjectMapper().readTree(RegionSchema.json());

    @Test
    void everyAlternativeOfKindsStatesItsTypes() {
        List<String> untyped = new ArrayList<>();
        walk(SCHEMA, "#", untyped);
        assertThat(untyped).as("schema nodes with oneOf/anyOf but no type").isEmpty();
        assertThat(SCHEMA.at("/$defs/text/type").valueStream().map(JsonNode::asString).toList())
                .containsExactly("string", "object");
    }

    @Test
    void everyTextFieldResolvesToATypedText() {
        Map<String, String> fields = Map.of(
                "/properties/region/properties/name", "text",
                "/properties/region/properties/summary", "richText",
                "/$defs/sector/properties/name", "text",
                "/$defs/sector/properties/summary", "richText",
                "/$defs/keyFigure/properties/label", "text",
                "/$defs/keyFigure/properties/unit", "text",
                "/$defs/keyFigure/properties/source/properties/title", "text",
                "/$defs/organisation/properties/name", "text",
                "/$defs/organisation/properties/description", "richText");
        fields.forEach((pointer, definition) -> {
            assertThat(SCHEMA.at(pointer + "/$ref").asString()).as(pointer).isEqualTo("#/$defs/" + definition);
            JsonNode target = SCHEMA.at("/$defs/" + definition);
            while (!target.has("type") && target.has("$ref")) {
                target = SCHEMA.at(target.get("$ref").asString().substring(1));
            }
            assertThat(target.has("type")).as(pointer + " reaches a type").isTrue();
        });
    }

    @Test
    void bothFormatVersionsAreDescribed() {
        assertThat(SCHEMA.at("/properties/format/enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("clusterfolio/1", "clusterfolio/1.1");
        assertThat(SCHEMA.at("/$defs/keyFigure/properties/qualifier/enum").valueStream().map(JsonNode::asString)
                .toList()).isEqualTo(Qualifier.formatNames());
        assertThat(SCHEMA.at("/$defs/keyFigure/properties/approximate/type").asString()).isEqualTo("boolean");
    }

    private static void walk(JsonNode node, String pointer, List<String> untyped) {
        if (node.isObject()) {
            if ((node.has("oneOf") || node.has("anyOf")) && !node.has("type")) {
                untyped.add(pointer);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(field.getValue(), pointer + "/" + field.getKey(), untyped);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, untyped);
            }
        }
    }
}
