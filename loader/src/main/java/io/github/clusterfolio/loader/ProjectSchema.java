package io.github.clusterfolio.loader;

import io.github.clusterfolio.loader.internal.ProjectReader;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the project file ({@code clusterfolio.yaml}), made from the renderers'
 * option declarations: every format found, each option with its type, allowed values, default and description.
 * A third-party renderer on the path adds its options to the schema. What needs the disk (files that exist) only
 * the {@link ProjectLoader} checks.
 */
public final class ProjectSchema {
    private static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    private ProjectSchema() {}

    /** The schema for the renderers of {@code registry}, as indented JSON text ending in a line break. */
    public static String json(RendererRegistry registry) {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://clusterfolio.github.io/schema/clusterfolio-project-1.schema.json");
        schema.put("title", "clusterfolio project (format version 1)");
        schema.put("description", "What 'clusterfolio render' renders from which files into which folder, with which"
                + " renderer options. Paths are relative to the project file.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.putArray("required").add("format").add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("format").put("description", "Always '" + ProjectReader.FORMAT + "'.")
                .put("const", ProjectReader.FORMAT);
        path(properties, "data", "The region file (format clusterfolio/1).");
        path(properties, "out", "The output folder. Default: out.");
        ObjectNode formats = properties.putObject("formats");
        formats.put("description", "The formats to render. Default: every format found.");
        formats.put("type", "array");
        formats.put("minItems", 1);
        formats.put("uniqueItems", true);
        ArrayNode formatNames = formats.putObject("items").putArray("enum");
        registry.formats().forEach(formatNames::add);
        ObjectNode languages = properties.putObject("languages");
        languages.put("description", "The languages to render. Default: every language of the region.");
        languages.put("type", "array");
        languages.put("minItems", 1);
        languages.put("uniqueItems", true);
        languages.putObject("items").put("type", "string").put("pattern", LANGUAGE_TAG);
        path(properties, "theme", "A theme file (format clusterfolio-theme/1).");
        ObjectNode labels = properties.putObject("labels");
        labels.put("description", "Labels files (format clusterfolio-labels/1) that add a language or override words.");
        labels.put("type", "array");
        labels.putObject("items").put("type", "string").put("minLength", 1);
        ObjectNode options = properties.putObject("options");
        options.put("description", "Renderer options by format, as 'clusterfolio render --list-formats' shows them.");
        options.put("type", "object");
        options.put("additionalProperties", false);
        ObjectNode byFormat = options.putObject("properties");
        for (RendererProvider provider : registry.providers()) {
            ObjectNode format = byFormat.putObject(provider.format());
            format.put("description", provider.description());
            format.put("type", "object");
            format.put("additionalProperties", false);
            ObjectNode declared = format.putObject("properties");
            for (RendererOption<?> option : provider.options()) {
                option(declared.putObject(option.name()), option);
            }
        }
        return mapper.writeValueAsString(schema) + "\n";
    }

    private static void path(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("description", description).put("type", "string").put("minLength", 1);
    }

    private static void option(ObjectNode node, RendererOption<?> option) {
        node.put("description", option.description());
        switch (option.type()) {
            case CHOICE -> {
                ArrayNode values = node.putArray("enum");
                option.allowedValues().forEach(values::add);
                node.put("default", option.defaultValue());
            }
            case INTEGER -> node.put("type", "integer").put("minimum", option.minimum()).put("maximum", option.maximum())
                    .put("default", Integer.parseInt(option.defaultValue()));
            case TEXT -> {
                node.put("type", "string");
                if (!option.defaultValue().isEmpty()) {
                    node.put("default", option.defaultValue());
                }
            }
            case TEXT_PER_LANGUAGE -> {
                node.put("type", "object");
                node.putObject("propertyNames").put("pattern", LANGUAGE_TAG);
                node.putObject("additionalProperties").put("type", "string").put("minLength", 1);
            }
        }
    }
}
