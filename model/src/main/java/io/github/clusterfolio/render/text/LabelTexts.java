package io.github.clusterfolio.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The placeholder syntax of label texts: names in braces, {@code {count}}, and nothing else in braces. */
final class LabelTexts {
    private LabelTexts() {}

    /**
     * The placeholder names a text contains, sorted; a brace that opens no well-formed
     * placeholder ({@code {}}, {@code {Count}}, a lone brace) is returned as it stands, so that it never
     * matches an expected name.
     */
    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{') {
                int close = text.indexOf('}', i + 1);
                if (close < 0) {
                    names.add(text.substring(i));
                    break;
                }
                // The braces as written, so that "{{page}}" is reported as that and not as "{{page}" and "}".
                int after = close + 1;
                while (after < text.length() && text.charAt(after) == '}') {
                    after++;
                }
                String name = text.substring(i + 1, close);
                names.add(after == close + 1 && name.matches("[a-z]+") ? name : text.substring(i, after));
                i = after;
            } else if (c == '}') {
                names.add("}");
                i++;
            } else {
                i++;
            }
        }
        return names;
    }

    /** {@code pattern} with each {@code {name}} replaced by the value at the name's position in {@code names}. */
    static String fill(String pattern, List<String> names, List<String> values) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (end > 0) {
                int index = names.indexOf(pattern.substring(i + 1, end));
                if (index >= 0) {
                    out.append(values.get(index));
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    static List<String> strings(Object... values) {
        List<String> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(String.valueOf(value));
        }
        return list;
    }
}
