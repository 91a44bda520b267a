package io.github.clusterfolio.render.html;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the bundled example dataset into the model for the tests. The loader module is not a dependency
 * of the renderer (renderers never know the loader), so this is a small, trusting mapping of the YAML
 * tree: the dataset is valid, and the loader's own tests check validation.
 */
final class BundledDataset {
    static final Path FILE = Path.of("..", "examples", "metropolregion-nordwest.yaml");

    private static Region region;

    private BundledDataset() {}

    static synchronized Region region() {
        if (region == null) {
            region = read(FILE);
        }
        return region;
    }

    static Region read(Path file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(Files.readString(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonNode r = root.get("region");
        Region.Builder builder = Region.builder(r.get("id").stringValue(), text(r.get("name")));
        if (r.has("summary")) {
            builder.summary(text(r.get("summary")));
        }
        if (r.has("website")) {
            builder.website(URI.create(r.get("website").stringValue()));
        }
        builder.languages(strings(r.get("languages")));
        for (JsonNode s : root.get("sectors").values()) {
            List<KeyFigure> figures = new ArrayList<>();
            if (s.has("keyFigures")) {
                for (JsonNode f : s.get("keyFigures").values()) {
                    figures.add(new KeyFigure(
                            text(f.get("label")),
                            f.get("value").decimalValue(),
                            f.has("approximate") && f.get("approximate").booleanValue(),
                            f.has("unit") ? Optional.of(text(f.get("unit"))) : Optional.empty(),
                            f.has("year") ? OptionalInt.of(f.get("year").intValue()) : OptionalInt.empty(),
                            f.has("source") ? Optional.of(source(f.get("source"))) : Optional.empty()));
                }
            }
            builder.sector(new Sector(s.get("id").stringValue(), text(s.get("name")), text(s.get("summary")), figures));
        }
        for (JsonNode o : root.get("organisations").values()) {
            Organisation.Builder organisation = Organisation.builder(o.get("id").stringValue(), text(o.get("name")))
                    .type(OrganisationType.fromFormatName(o.get("type").stringValue()).orElseThrow())
                    .sectors(strings(o.get("sectors")));
            if (o.has("legalForm")) {
                organisation.legalForm(o.get("legalForm").stringValue());
            }
            if (o.has("city")) {
                organisation.city(o.get("city").stringValue());
            }
            if (o.has("website")) {
                organisation.website(URI.create(o.get("website").stringValue()));
            }
            if (o.has("description")) {
                organisation.description(text(o.get("description")));
            }
            if (o.has("tags")) {
                organisation.tags(strings(o.get("tags")));
            }
            builder.organisation(organisation.build());
        }
        return builder.build();
    }

    private static Source source(JsonNode node) {
        return new Source(
                text(node.get("title")),
                node.has("url") ? Optional.of(URI.create(node.get("url").stringValue())) : Optional.empty());
    }

    private static LocalizedText text(JsonNode node) {
        if (node.isString()) {
            return LocalizedText.of(node.stringValue());
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        node.properties().forEach(entry -> byLanguage.put(entry.getKey(), entry.getValue().stringValue()));
        return LocalizedText.of(byLanguage);
    }

    private static List<String> strings(JsonNode node) {
        return node.values().stream().map(JsonNode::stringValue).toList();
    }
}
