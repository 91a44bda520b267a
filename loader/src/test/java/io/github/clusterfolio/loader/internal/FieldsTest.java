package io.github.clusterfolio.loader.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.loader.LoaderLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 16: the readers bound handlers to key positions ({@code Fields.of("id!", "name!", …)} beside
 * {@code case 0…7}), so reordering one key silently rewired the others. Handlers are now bound to names:
 * the order keys are declared in is only the order messages list them in.
 */
class FieldsTest {
    private static final String YAML = "city: Brake\nid: port-one\nname: Port One\n";

    /** A reader with nothing of its own, to drive {@link FormatReader#readFields}. */
    private static final class Probe extends FormatReader {
        Probe(YamlCursor cursor, ProblemCollector problems) {
            super(cursor, problems);
        }
    }

    /** Reads {@link #YAML} with the keys declared in {@code order}; what each handler got, and the problems. */
    private static Map<String, String> read(String yaml, List<String> order, List<String> problemsOut) {
        ProblemCollector problems = new ProblemCollector("fields.yaml", false, 200);
        Map<String, String> got = new LinkedHashMap<>();
        DocumentReading.read(EventYamlFactory.forLimits(LoaderLimits.DEFAULTS),
                GuardedInput.ofText(yaml, 1 << 20, 1000), LoaderLimits.DEFAULTS, problems, cursor -> {
                    Probe probe = new Probe(cursor, problems);
                    Fields<Map<String, String>> fields = Fields.keys();
                    for (String name : order) {
                        if (name.equals("id")) {
                            fields.required(name, into -> into.put(name, probe.readPlainText(name)));
                        } else {
                            fields.optional(name, into -> into.put(name, probe.readPlainText(name)));
                        }
                    }
                    cursor.next();
                    probe.readFields(fields, got);
                    DocumentReading.checkSingleDocument(cursor);
                    return got;
                });
        problems.sorted().forEach(problem -> problemsOut.add(problem.toString()));
        return got;
    }

    @Test
    void everyHandlerGetsTheValueOfItsOwnKeyWhateverTheOrderOfDeclaration() {
        Map<String, String> expected = Map.of("id", "port-one", "name", "Port One", "city", "Brake");
        for (List<String> order : List.of(List.of("id", "name", "city"), List.of("city", "name", "id"),
                List.of("name", "id", "city"))) {
            List<String> problems = new ArrayList<>();
            assertThat(read(YAML, order, problems)).as("declared as %s", order).isEqualTo(expected);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void unknownAndMissingKeysAreNamedWhateverTheOrder() {
        for (List<String> order : List.of(List.of("id", "name", "city"), List.of("city", "name", "id"))) {
            List<String> problems = new ArrayList<>();
            read("nmae: Port One\n", order, problems);
            assertThat(problems).as("declared as %s", order).containsExactlyInAnyOrder(
                    "fields.yaml:1:1: error: unknown key 'nmae' — did you mean 'name'?",
                    "fields.yaml:1:1: error: missing required key 'id'");
        }
    }

    @Test
    void aKeyDeclaredTwiceOrAHintForAnUndeclaredKeyIsAMistakeInTheReader() {
        assertThatThrownBy(() -> Fields.<Void>keys().optional("id", none -> {}).required("id", none -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'id' is declared twice");
        assertThatThrownBy(() -> Fields.<Void>keys().optional("id", none -> {}).hint("name", "; …"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("undeclared key 'name'");
    }
}
