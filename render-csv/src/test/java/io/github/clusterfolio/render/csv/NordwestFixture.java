package io.github.clusterfolio.render.csv;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bundled Metropolregion Nordwest dataset as a model, read from {@code examples/} with a deliberately
 * small YAML-to-model mapping: the loader is not a dependency of a renderer. It fails on any key it does
 * not know, so that a field added to the dataset cannot silently go missing from the golden files.
 */
final class NordwestFixture {
    static final Path DATASET = Path.of("..", "examples", "metropolregion-nordwest.yaml");

    private NordwestFixture() {}

    static Region region() {
        if (!Files.isRegularFile(DATASET)) {
            throw new IllegalStateException("bundled dataset not found at " + DATASET.toAbsolutePath());
        }
        JsonNode root = new YAMLMapper().readTree(DATASET);
        keys(root, "document", Set.of("format", "region", "sectors", "organisations"));
        if (!"clusterfolio/1".equals(root.path("format").stringValue())) {
            throw new IllegalStateException("not a clusterfolio/1 document");
        }
        JsonNode regionNode = root.path("region");
        keys(regionNode, "region", Set.of("id", "name", "summary", "website", "languages"));
        Region.Builder region = Region.builder(regionNode.path("id").stringValue(), text(regionNode.path("name")));
        if (regionNode.has("summary")) {
            region.summary(text(regionNode.path("summary")));
        }
        if (regionNode.has("website")) {
            region.website(URI.create(regionNode.path("website").stringValue()));
        }
        region.languages(strings(regionNode.path("languages")));
        for (JsonNode sector : root.path("sectors").values()) {
            region.sector(sector(sector));
        }
        for (JsonNode organisation : root.path("organisations").values()) {
            region.organisation(organisation(organisation));
        }
        return region.build();
    }

    private static Sector sector(JsonNode node) {
        keys(node, "sector", Set.of("id", "name", "summary", "keyFigures"));
        List<KeyFigure> figures = new ArrayList<>();
        for (JsonNode figure : node.path("keyFigures").values()) {
            keys(figure, "key figure", Set.of("label", "value", "approximate", "unit", "year", "source"));
            figures.add(new KeyFigure(
                    text(figure.path("label")),
                    figure.path("value").decimalValue(),
                    figure.path("approximate").booleanValue(false),
                    figure.has("unit") ? Optional.of(text(figure.path("unit"))) : Optional.empty(),
                    figure.has("year") ? OptionalInt.of(figure.path("year").intValue()) : OptionalInt.empty(),
                    figure.has("source") ? Optional.of(source(figure.path("source"))) : Optional.empty()));
        }
        return new Sector(node.path("id").stringValue(), text(node.path("name")), text(node.path("summary")), figures);
    }

    private static Source source(JsonNode node) {
        keys(node, "source", Set.of("title", "url"));
        return new Source(
                text(node.path("title")),
                node.has("url") ? Optional.of(URI.create(node.path("url").stringValue())) : Optional.empty());
    }

    private static Organisation organisation(JsonNode node) {
        keys(node, "organisation", Set.of(
                "id", "name", "type", "legalForm", "sectors", "city", "website", "description", "tags"));
        String type = node.path("type").stringValue();
        return Organisation.builder(node.path("id").stringValue(), text(node.path("name")))
                .type(OrganisationType.fromFormatName(type)
                        .orElseThrow(() -> new IllegalStateException("unknown type " + type)))
                .legalForm(node.has("legalForm") ? node.path("legalForm").stringValue() : null)
                .sectors(strings(node.path("sectors")))
                .city(node.has("city") ? node.path("city").stringValue() : null)
                .website(node.has("website") ? URI.create(node.path("website").stringValue()) : null)
                .description(node.has("description") ? text(node.path("description")) : null)
                .tags(node.has("tags") ? strings(node.path("tags")) : List.of())
                .build();
    }

    private static LocalizedText text(JsonNode node) {
        if (node.isString()) {
            return LocalizedText.of(node.stringValue());
        }
        if (!node.isObject()) {
            throw new IllegalStateException("expected a text, found " + node);
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(entry -> byLanguage.put(entry.getKey(), entry.getValue().stringValue()));
        return LocalizedText.of(byLanguage);
    }

    private static List<String> strings(JsonNode node) {
        return node.values().stream().map(JsonNode::stringValue).toList();
    }

    private static void keys(JsonNode node, String what, Set<String> known) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw new IllegalStateException("the fixture does not know the " + what + " key '" + key + "'");
            }
        }
    }
}
