package io.github.clusterfolio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.Theme;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The default stylesheet: prefixed selectors only, theme colours in, readable contrast out. */
class StylesheetTest {

    @Test
    void everySelectorStartsWithAPrefixedClass() {
        String css = Stylesheet.of("nw-", Theme.DEFAULT).css();
        assertThat(css).doesNotContain("cf-").doesNotContain("{{");
        String rules = css.replaceAll("/\\*.*?\\*/", "");
        Matcher selector = Pattern.compile("(?m)^\\s*([^@{}\\s][^{}]*)\\{").matcher(rules);
        int count = 0;
        while (selector.find()) {
            for (String part : selector.group(1).split(",")) {
                assertThat(part.strip()).as("selector").matches("(:root|\\.nw-[A-Za-z0-9_-]+.*)");
                count++;
            }
        }
        assertThat(count).isGreaterThan(50);
    }

    @Test
    void themeColoursAreUsedAndTextColoursKeepTheirContrast() {
        Theme pale = new Theme(Theme.Colour.of("#ffd84d"), Theme.Colour.of("#7fe0d0"), Theme.Colour.of("#999999"),
                Theme.Fonts.BUNDLED, java.util.Optional.empty(), Theme.PageSize.A4, new Theme.Margins(20, 20, 20, 20), 0);
        String css = Stylesheet.of("cf-", pale).css();
        assertThat(css).contains("--cf-accent: #7fe0d0;");
        for (String name : new String[] {"primary", "accent-text", "text"}) {
            Theme.Colour colour = colour(css, name);
            for (Theme.Colour background : new Theme.Colour[] {
                new Theme.Colour(255, 255, 255), colour(css, "page"), colour(css, "accent-tint")
            }) {
                assertThat(Stylesheet.contrast(colour, background))
                        .as("contrast of %s on %s", name, background.hex())
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
        assertThat(Stylesheet.of("cf-", Theme.DEFAULT).css()).contains("--cf-primary: #1b3a5c;", "--cf-on-primary: #ffffff;");
    }

    private static Theme.Colour colour(String css, String name) {
        Matcher value = Pattern.compile("--cf-" + name + ": (#[0-9a-f]{6});").matcher(css);
        assertThat(value.find()).as(name).isTrue();
        return Theme.Colour.of(value.group(1));
    }

    @Test
    void contrastMatchesWcag() {
        Theme.Colour black = new Theme.Colour(0, 0, 0);
        Theme.Colour white = new Theme.Colour(255, 255, 255);
        assertThat(Stylesheet.contrast(black, white)).isEqualTo(21.0);
        assertThat(Stylesheet.contrast(Theme.Colour.of("#767676"), white)).isBetween(4.5, 4.6);
    }

    @Test
    void thePolicyAllowsExactlyThisStylesheet() {
        Stylesheet a = Stylesheet.of("cf-", Theme.DEFAULT);
        Stylesheet b = Stylesheet.of("xy-", Theme.DEFAULT);
        assertThat(a.contentSecurityPolicy()).startsWith("default-src 'none'; style-src 'sha256-");
        assertThat(a.contentSecurityPolicy()).isNotEqualTo(b.contentSecurityPolicy());
    }
}
