package io.github.clusterfolio.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.LoaderLimits;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The yaml-test-suite cases (github.com/yaml/yaml-test-suite, {@code data} branch) that SnakeYAML Engine
 * accepts although they are invalid YAML, written out here in their bare form and read by the loader's own
 * parser. The loader's layout checks refuse seven; SnakeYAML Engine itself now refuses MUS6-01; two remain
 * valid to SnakeYAML, and are pinned here so that a change shows: they are refused all the same, by
 * Jackson, because their keys are a list and a mapping, which says nothing of the tab they misuse (see
 * {@code invalid/yaml-suite-*.yaml} for each in a region file, with the loader's message).
 */
class YamlTestSuiteCasesTest {
    /** Each case's input; {@code →} stands for a tab. */
    private static final Map<String, String> CASES = Map.of(
            "9C9N", "---\nflow: [a,\nb,\nc]\n",
            "9JBA", "---\n[ a, b, c, ]#invalid\n",
            "CVW2", "---\n[ a, b, c,#invalid\n]\n",
            "DK95-01", "foo: \"bar\n→baz\"\n",
            "MUS6-01", "%YAML 1.2\n---\n%YAML 1.2\n---\n",
            "QB6E", "---\nquoted: \"a\nb\nc\"\n",
            "SU5Z", "key: \"value\"# invalid comment\n",
            "Y79Y-003", "- [\n→foo,\n foo\n ]\n",
            "Y79Y-007", "? -\n:→-\n",
            "Y79Y-009", "? key:\n:→key:\n");

    /**
     * How the loader's parser ends each case: "accepted"; "layout" and the 1-based position when the layout
     * checks refuse it; "parser" when SnakeYAML Engine does; "key not a text" when only Jackson does, which
     * takes nothing but a text as a key.
     */
    private static String outcome(String yaml) {
        EventYamlFactory factory = EventYamlFactory.forLimits(LoaderLimits.DEFAULTS);
        GuardedInput input = GuardedInput.ofText(yaml.replace('→', '\t'), 1 << 20, 1 << 16);
        try (EventYamlParser parser = factory.parser(input)) {
            while (parser.nextToken() != null) {
                // read every event
            }
            return "accepted";
        } catch (LayoutChecks.LayoutProblem problem) {
            return "layout " + problem.line() + ":" + problem.column();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException) {
                    return "parser";
                }
            }
            // Jackson, not the YAML parser: it turns events into tokens and takes only texts as keys.
            return String.valueOf(e.getMessage()).startsWith("Expected a property name") ? "key not a text" : "other";
        }
    }

    @Test
    void sevenAreRefusedByTheLayoutChecksOneByTheParserAndTwoOnlyForTheirKeys() {
        Map<String, String> outcomes = new TreeMap<>();
        CASES.forEach((id, yaml) -> outcomes.put(id, outcome(yaml)));
        assertThat(outcomes).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "9C9N", "layout 3:1",
                "9JBA", "layout 2:13",
                "CVW2", "layout 2:11",
                "DK95-01", "layout 2:1",
                "MUS6-01", "parser",
                "QB6E", "layout 3:1",
                "SU5Z", "layout 1:13",
                "Y79Y-003", "layout 2:1",
                // Remaining: a complex key ('? ') holding a list or a mapping after a tab. The loader refuses
                // every key that is not a plain text, with its position, so no such file validates.
                "Y79Y-007", "key not a text",
                "Y79Y-009", "key not a text")));
    }

    @Test
    void validNeighboursOfTheCasesStayValid() {
        // The same shapes written correctly: '#' after a space or inside a value, continuation lines indented.
        for (String yaml : new String[] {
            "---\nflow: [a,\n b,\n c]\n",
            "---\n[ a, b, c, ] # comment\n",
            "---\n[ a, b, c, # comment\n]\n",
            "foo: \"bar\n →baz\"\n",
            "---\nquoted: \"a\n b\n c\"\n",
            "key: \"value\" # comment\nc: C#\nu: https://example.org/#top\n",
            "- [\n →foo,\n foo\n ]\n",
            "k: [a,\n# a comment line may stand anywhere\n b]\n",
            "k: |\n  text\n  # not a comment\n"
        }) {
            assertThat(outcome(yaml)).as(yaml).isEqualTo("accepted");
        }
    }
}
