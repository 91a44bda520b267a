package io.github.clusterfolio.model.synthetic;

import java.util.List;

/**
 * Rich texts (format 1.1's Markdown subset) written to hurt: script and data links, raw HTML, runaway
 * emphasis, unclosed brackets and deep nesting. Shared by the loader's tests and the tests that run them
 * through every renderer.
 */
public final class HostileMarkdown {
    /** The cases, each one rich text. */
    public static final List<String> CASES = List.of(
            "[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)",
            "[x](JaVaScRiPt:alert(1)) [y](  javascript:alert(1)  ) [z](<javascript:alert(1)>)",
            "<script>alert(1)</script> and <img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">a</a>",
            "<div>\n<script>alert(1)</script>\n</div>",
            "![image](https://example.org/i.png) ![x](javascript:alert(1))",
            "*".repeat(10_000),
            "**a *b **c *d ***e*** d* c** b* a**",
            "_".repeat(5_000) + "x" + "*".repeat(5_000),
            "[".repeat(5_000) + "x" + "](https://example.org/)".repeat(50),
            "[unclosed link(https://example.org/ and [another](https://example.org/",
            "[a](https://example.org/\"onmouseover=\"alert(1)) [b](https://example.org/ \"title\")",
            "- " + "- ".repeat(2_000) + "deep",
            buildNestedList(200),
            "> quote\n\n# heading\n\n    code block\n\n```\nfenced\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |",
            "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#x3E; \\*not emphasis\\*",
            "[mail](mailto:someone@example.org?subject=x) [ok](mailto:info@example.org)",
            "<https://example.org/autolink> <javascript:alert(1)> www.example.org",
            "line one\u2028line two\u2029paragraph \u202e reversed",
            "[`code` **in** a link](https://example.org/ok)",
            "**" + "[x](https://example.org/) ".repeat(2_000) + "**");

    private HostileMarkdown() {}

    private static String buildNestedList(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return out.toString();
    }
}
