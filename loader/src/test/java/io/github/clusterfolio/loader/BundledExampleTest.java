package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Metropolregion Nordwest dataset, and the acceptance case of a copy with three mistakes. */
class BundledExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "metropolregion-nordwest.yaml");

    @Test
    void loadsWithNoWarningAndNoErrorEvenWhenStrict() {
        LoadResult result = RegionLoader.builder().strict(true).build().read(EXAMPLE);
        assertThat(result.problems()).isEmpty();
        Region region = result.region().orElseThrow();
        assertThat(region.id()).isEqualTo("metropolregion-nordwest");
        assertThat(region.languages()).containsExactly("de", "en");
        assertThat(region.sectors()).hasSize(6);
        assertThat(region.organisations()).hasSize(18);
    }

    @Test
    void aCopyWithATypoAWrongSectorAndAListForATextNamesExactlyThoseThree() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE);
        int typo = replaceFirst(lines, "    website: https://aef-om.de/", "    webiste: https://aef-om.de/");
        int reference = replaceFirst(lines, "    sectors: [health]", "    sectors: [helth]");
        int list = replaceFirst(lines, "    city: Bremerhaven", "    city: [Bremerhaven, Bremen]");

        LoadResult result = RegionLoader.defaults().read(String.join("\n", lines) + "\n", "nordwest-broken.yaml");

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "nordwest-broken.yaml:" + typo + ":5: error: unknown key 'webiste' — did you mean 'website'?",
                "nordwest-broken.yaml:" + reference + ":15: error: sector 'helth' does not exist — did you mean"
                        + " 'health'? known sectors: agriculture-food, automotive, health, logistics-maritime,"
                        + " aerospace, resources-energy",
                "nordwest-broken.yaml:" + list + ":11: error: expected the name of a city, found a list");
        assertThat(result.problems()).extracting(Problem::path).containsExactly(
                "organisations[0].webiste", "organisations[4].sectors[0]", "organisations[5].city");
    }

    /** Replaces the first line equal to {@code line} and returns its 1-based number. */
    private static int replaceFirst(List<String> lines, String line, String replacement) {
        int index = lines.indexOf(line);
        assertThat(index).as("the example has the line '%s'", line).isNotNegative();
        lines.set(index, replacement);
        return index + 1;
    }
}
