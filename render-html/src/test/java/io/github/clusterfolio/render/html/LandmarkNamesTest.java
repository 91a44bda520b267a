package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.InMemoryOutputSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, item 15: on the preview page, which shows every sector, no two landmarks of the same role share
 * an accessible name (axe-core's {@code landmark-unique}). Every sector's key-figure table was a
 * {@code role="region"} named only "Kennzahlen"; now the caption and the sector's title name it. The names
 * are computed here as a browser does for {@code aria-labelledby} (the referenced elements' texts joined by
 * a space) and {@code aria-label}; the real browser check is {@code src/test/browser/check-preview.sh}.
 */
class LandmarkNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyLandmarkOfThePreviewHasANameOfItsOwn(String language) throws IOException {
        InMemoryOutputSink rendered = GoldenFilesTest.renderBundled();
        Document page = Jsoup.parse(rendered.text(language + "/index.html"));

        Map<String, List<String>> namesByRole = new TreeMap<>();
        for (Element element : page.getAllElements()) {
            String role = landmarkRole(element);
            if (role != null) {
                namesByRole.computeIfAbsent(role, r -> new ArrayList<>()).add(accessibleName(page, element));
            }
        }

        assertThat(namesByRole.get("region")).as("key-figure regions and sections")
                .contains(language.equals("de") ? "Kennzahlen Automotive-Branche" : "Key figures Automotive industry");
        namesByRole.forEach((role, names) -> assertThat(names.stream()
                        .collect(Collectors.groupingBy(name -> name, TreeMap::new, Collectors.counting()))
                        .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("names shared by several landmarks of role %s", role)
                .isEmpty());
    }

    /** The landmark role of {@code element}, or null: explicit roles, and the HTML elements that are landmarks. */
    private static String landmarkRole(Element element) {
        String role = element.attr("role");
        if (List.of("region", "navigation", "main", "banner", "contentinfo", "complementary", "search", "form")
                .contains(role)) {
            return role;
        }
        boolean named = element.hasAttr("aria-label") || element.hasAttr("aria-labelledby");
        return switch (element.normalName()) {
            case "nav" -> "navigation";
            case "main" -> "main";
            case "aside" -> "complementary";
            case "section" -> named ? "region" : null;
            case "form" -> named ? "form" : null;
            case "header" -> element.parents().stream().anyMatch(LandmarkNamesTest::sectioning) ? null : "banner";
            case "footer" -> element.parents().stream().anyMatch(LandmarkNamesTest::sectioning) ? null : "contentinfo";
            default -> null;
        };
    }

    private static boolean sectioning(Element element) {
        return List.of("article", "aside", "main", "nav", "section").contains(element.normalName());
    }

    private static String accessibleName(Document page, Element element) {
        if (element.hasAttr("aria-labelledby")) {
            List<String> parts = new ArrayList<>();
            for (String id : element.attr("aria-labelledby").strip().split("\\s+")) {
                Element target = page.getElementById(id);
                assertThat(target).as("aria-labelledby target #%s", id).isNotNull();
                parts.add(target.text());
            }
            return String.join(" ", parts).strip();
        }
        return element.attr("aria-label").strip();
    }
}
