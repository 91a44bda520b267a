package io.github.clusterfolio.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.maven.internal.BuildProblems;
import io.github.clusterfolio.maven.internal.BuildSettings;
import io.github.clusterfolio.maven.internal.ConfigurationLocations;
import io.github.clusterfolio.maven.internal.PluginConfiguration;
import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option the renderers declare can be set in the plugin's {@code <options>}, and a wrong one is reported at
 * its element in the POM; the project file's settings apply unless the configuration gives its own.
 */
class PluginConfigurationTest {
    private static final RendererRegistry RENDERERS = RendererRegistry.discover(PluginConfigurationTest.class
            .getClassLoader());

    @TempDir
    Path basedir;

    private final List<String> errors = new ArrayList<>();
    private BuildProblems problems;

    @BeforeEach
    void problems() throws IOException {
        problems = new BuildProblems(basedir, errors::add, errors::add);
        Files.writeString(basedir.resolve("region.yaml"), "not read here");
    }

    @Test
    void everyDeclaredOptionIsReachable() {
        assertThat(RENDERERS.formats()).contains("pdf", "csv", "html");
        for (RendererProvider provider : RENDERERS.providers()) {
            for (RendererOption<?> option : provider.options()) {
                String key = provider.format() + "." + option.name()
                        + (option.type() == RendererOption.Type.TEXT_PER_LANGUAGE ? ".de" : "");
                String value = switch (option.type()) {
                    case CHOICE -> option.allowedValues().getLast();
                    case INTEGER -> Integer.toString(option.maximum());
                    case TEXT -> option.name().equals("sectorLink") ? "/s/{id}/" : "nw-";
                    case TEXT_PER_LANGUAGE -> "Häfen";
                };
                Optional<BuildSettings> settings = configuration(Map.of(key, value), null).resolve(RENDERERS, problems);

                assertThat(errors).as(key).isEmpty();
                assertThat(settings).as(key).isPresent();
                assertThat(settings.get().settings().optionIfGiven(option)).as(key).isPresent();
                assertThat(settings.get().options()).containsEntry(key, value);
            }
        }
    }

    @Test
    void aWrongOptionIsReportedAtItsElementInThePom() {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom options = new Xpp3Dom("options");
        configuration.addChild(options);
        options.addChild(element("html.headingLevel", 31, 33));
        options.addChild(element("pdf.conformance", 30, 30));

        Optional<BuildSettings> settings = configuration(Map.of("pdf.conformance", "pdf-a-2c", "html.headingLevel", "9"),
                configuration).resolve(RENDERERS, problems);

        assertThat(settings).isEmpty();
        assertThat(errors).containsExactly(
                "pom.xml:30:30: 'pdf-a-2c' is not a value of pdf.conformance — did you mean 'pdf-a-2b'?; allowed:"
                        + " pdf-ua-1, pdf-a-2b, pdf-a-2a",
                "pom.xml:31:33: html.headingLevel must be 1 to 4, not 9");
        assertThat(problems.summary()).isEqualTo("pom.xml has 2 errors");
    }

    @Test
    void theConfigurationOverridesTheProjectFile() throws IOException {
        Files.writeString(basedir.resolve("clusterfolio.yaml"), """
                format: clusterfolio-project/1
                data: region.yaml
                formats: [pdf, csv]
                languages: [de]
                options:
                  csv: {dialect: excel}
                  pdf: {conformance: pdf-a-2b}
                """);

        BuildSettings settings = new PluginConfiguration(basedir.resolve("clusterfolio.yaml"), null, List.of("csv"),
                List.of(), null, List.of(), Map.of("csv.dialect", "tsv"), new ConfigurationLocations(null))
                .resolve(RENDERERS, problems).orElseThrow();

        assertThat(errors).isEmpty();
        assertThat(settings.formats()).containsExactly("csv");
        assertThat(settings.languages()).containsExactly("de");
        assertThat(settings.data()).isEqualTo(basedir.resolve("region.yaml"));
        RendererOption<?> dialect = RENDERERS.option("csv", "dialect");
        RendererOption<?> conformance = RENDERERS.option("pdf", "conformance");
        assertThat(settings.settings().optionIfGiven(dialect).map(Object::toString)).contains("TSV");
        assertThat(settings.settings().optionIfGiven(conformance).map(Object::toString)).contains("PDF_A_2B");
    }

    @Test
    void withoutProjectFileOrDataTheBuildIsToldWhatToAdd() {
        Optional<BuildSettings> settings = new PluginConfiguration(basedir.resolve("clusterfolio.yaml"), null, List.of(),
                List.of(), null, List.of(), Map.of(), new ConfigurationLocations(null)).resolve(RENDERERS, problems);

        assertThat(settings).isEmpty();
        assertThat(errors).containsExactly("clusterfolio.yaml:0:0: there is no clusterfolio.yaml and the plugin"
                + " configuration names no <data>; add one of them");
    }

    @Test
    void problemFilesAreShownRelativeToTheBaseDirectory() {
        assertThat(problems.display(basedir.resolve("data/region.yaml").toString())).isEqualTo("data/region.yaml");
        assertThat(problems.display("/elsewhere/region.yaml")).isEqualTo("/elsewhere/region.yaml");
    }

    private PluginConfiguration configuration(Map<String, String> options, @Nullable Xpp3Dom dom) {
        return new PluginConfiguration(basedir.resolve("clusterfolio.yaml"), basedir.resolve("region.yaml"), List.of(),
                List.of(), null, List.of(), options, new ConfigurationLocations(dom));
    }

    private Xpp3Dom element(String name, int line, int column) {
        Xpp3Dom element = new Xpp3Dom(name);
        InputSource source = new InputSource();
        source.setLocation(basedir.resolve("pom.xml").toString());
        element.setInputLocation(new InputLocation(line, column, source));
        return element;
    }
}
