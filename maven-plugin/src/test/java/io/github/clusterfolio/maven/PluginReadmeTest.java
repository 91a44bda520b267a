package io.github.clusterfolio.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code <plugin>} block is the one the good-project build under {@code src/it} runs with Maven, so a
 * user who copies it gets a build that is tested.
 */
class PluginReadmeTest {
    @Test
    void theReadmesPluginBlockIsTheOneTheInvokerBuildRuns() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- snippet: maven-plugin -->\\n```xml\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README.md has an xml block after <!-- snippet: maven-plugin -->").isTrue();
        String version = System.getProperty("project.version");
        assertThat(version).as("project.version (set by surefire)").isNotBlank();
        assertThat(block.group(1)).contains("<version>" + version + "</version>");

        String pom = Files.readString(Path.of("src", "it", "good-project", "pom.xml"), StandardCharsets.UTF_8);
        Matcher plugin = Pattern.compile("\\n( *)(<plugin>.*?</plugin>)", Pattern.DOTALL).matcher(pom);
        assertThat(plugin.find()).isTrue();
        String unindented = plugin.group(2).replace("\n" + plugin.group(1), "\n")
                .replace("@project.version@", version);
        assertThat(unindented + "\n").isEqualTo(block.group(1));
    }
}
