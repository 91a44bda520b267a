package io.github.clusterfolio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RendererOptionTest {
    enum Paper { THIN, THICK }

    private static final RendererOption<Paper> PAPER =
            RendererOption.choice("paper", "the paper", papers(), "thin");
    private static final RendererOption<Integer> LEVEL = RendererOption.integer("level", "a level", 1, 4, 2);
    private static final RendererOption<String> PREFIX = RendererOption.text("prefix", "a prefix", "cf-", text -> {
        if (!text.endsWith("-")) {
            throw new IllegalArgumentException("a prefix ends with '-'");
        }
        return text;
    });
    private static final RendererOption<Map<String, String>> TITLE =
            RendererOption.textPerLanguage("title", "a title", String::strip);

    private final RendererRegistry registry = RendererRegistry.of(provider("print", PAPER, LEVEL, PREFIX, TITLE),
            provider("plain"));

    @Test
    void valuesGivenAsTextReachTheProviderTyped() {
        RendererSettings settings = RendererSettings.empty();
        settings = registry.withOption(settings, "print", "paper", "thick");
        settings = registry.withOption(settings, "print", "level", "3");
        settings = registry.withOption(settings, "print", "prefix", "nw-");
        settings = registry.withOption(settings, "print", "title.de", " Titel ");
        settings = registry.withOption(settings, "print", "title.en", "Title");

        assertThat(settings.option(PAPER)).isEqualTo(Paper.THICK);
        assertThat(settings.option(LEVEL)).isEqualTo(3);
        assertThat(settings.option(PREFIX)).isEqualTo("nw-");
        assertThat(settings.option(TITLE)).containsExactly(Map.entry("de", "Titel"), Map.entry("en", "Title"));
    }

    @Test
    void optionsNotGivenHaveTheirDeclaredDefaults() {
        RendererSettings settings = RendererSettings.empty();

        assertThat(settings.option(PAPER)).isEqualTo(Paper.THIN);
        assertThat(settings.option(LEVEL)).isEqualTo(2);
        assertThat(settings.option(PREFIX)).isEqualTo("cf-");
        assertThat(settings.option(TITLE)).isEmpty();
        assertThat(settings.optionIfGiven(PAPER)).isEmpty();
        assertThat(settings.withOption(PAPER, Paper.THICK).optionIfGiven(PAPER)).contains(Paper.THICK);
    }

    @Test
    void eachWrongPartIsNamedWithWhatIsAllowed() {
        RendererSettings none = RendererSettings.empty();
        assertProblem(() -> registry.withOption(none, "prnt", "paper", "thin"), InvalidOptionException.Part.FORMAT,
                "unknown format 'prnt' — did you mean 'print'?; the formats available are plain, print");
        assertProblem(() -> registry.withOption(none, "print", "papr", "thin"), InvalidOptionException.Part.KEY,
                "the format 'print' has no option 'papr' — did you mean 'paper'?; its options are paper, level,"
                        + " prefix, title");
        assertProblem(() -> registry.withOption(none, "plain", "paper", "thin"), InvalidOptionException.Part.KEY,
                "the format 'plain' has no option 'paper'; it takes no options");
        assertProblem(() -> registry.withOption(none, "print", "paper", "thck"), InvalidOptionException.Part.VALUE,
                "'thck' is not a value of print.paper — did you mean 'thick'?; allowed: thin, thick");
        assertProblem(() -> registry.withOption(none, "print", "level", "5"), InvalidOptionException.Part.VALUE,
                "print.level must be 1 to 4, not 5");
        assertProblem(() -> registry.withOption(none, "print", "level", "two"), InvalidOptionException.Part.VALUE,
                "'two' is not a whole number; print.level is 1 to 4");
        assertProblem(() -> registry.withOption(none, "print", "level", "12345678901"),
                InvalidOptionException.Part.VALUE, "print.level must be 1 to 4, not 12345678901");
        assertProblem(() -> registry.withOption(none, "print", "level", "+2"), InvalidOptionException.Part.VALUE,
                "'+2' is not a whole number; print.level is 1 to 4");
        assertProblem(() -> registry.withOption(none, "print", "level", "\uFF12"), InvalidOptionException.Part.VALUE,
                "'\uFF12' is not a whole number; print.level is 1 to 4");
        assertProblem(() -> registry.withOption(none, "print", "prefix", "nw"), InvalidOptionException.Part.VALUE,
                "print.prefix: a prefix ends with '-'");
        assertProblem(() -> registry.withOption(none, "print", "title", "x"), InvalidOptionException.Part.KEY,
                "print.title takes a text per language: write print.title.LANG=TEXT, such as print.title.de=…");
        assertProblem(() -> registry.withOption(none, "print", "title.DE", "x"), InvalidOptionException.Part.LANGUAGE,
                "print.title: 'DE' is not a language tag such as 'de' or 'en'");
        assertProblem(() -> registry.withOption(none, "print", "level.de", "3"), InvalidOptionException.Part.KEY,
                "the format 'print' has no option 'level.de'; print.level takes one value");
    }

    @Test
    void aProviderThatDeclaresANameTwiceIsRefused() {
        assertThatThrownBy(() -> RendererRegistry.of(provider("twice", LEVEL, LEVEL)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares the option 'level' twice");
    }

    @Test
    void declarationsAreChecked() {
        assertThatThrownBy(() -> RendererOption.integer("level", "", 1, 4, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RendererOption.choice("paper", "", Map.of("thin", 1), "thick"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RendererOption.choice("paper", "", Map.of("Thin", 1), "Thin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RendererOption.integer("Level", "", 1, 4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PAPER.allowedValues()).containsExactly("thin", "thick");
        assertThat(LEVEL.allowedInWords()).isEqualTo("1 to 4");
    }

    private static void assertProblem(Runnable action, InvalidOptionException.Part part, String message) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidOptionException.class, problem -> assertThat(problem.part()).isEqualTo(part))
                .hasMessage(message);
    }

    private static Map<String, Paper> papers() {
        Map<String, Paper> papers = new LinkedHashMap<>();
        papers.put("thin", Paper.THIN);
        papers.put("thick", Paper.THICK);
        return papers;
    }

    private static RendererProvider provider(String format, RendererOption<?>... options) {
        return new RendererProvider() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String description() {
                return format;
            }

            @Override
            public List<RendererOption<?>> options() {
                return List.of(options);
            }

            @Override
            public Renderer create(RendererSettings settings) {
                throw new UnsupportedOperationException("these tests read the declared options only");
            }
        };
    }
}
