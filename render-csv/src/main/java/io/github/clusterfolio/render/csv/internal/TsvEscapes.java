package io.github.clusterfolio.render.csv.internal;

/**
 * The escapes of the TSV dialect, which never quotes: backslash, tab, line feed and carriage return
 * become {@code \\}, {@code \t}, {@code \n} and {@code \r}, so that every record is one line and every
 * tab separates two cells.
 */
final class TsvEscapes {
    private TsvEscapes() {}

    static String escape(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && !special(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(length + 8).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }
}
