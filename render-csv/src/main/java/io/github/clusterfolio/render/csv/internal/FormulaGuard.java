package io.github.clusterfolio.render.csv.internal;

/**
 * The OWASP guard against formula injection: a text that a spreadsheet would run as a formula gets an
 * apostrophe in front. Texts that already begin with apostrophes before a formula character get one
 * more, so that removing the first apostrophe of every cell matching {@code '+[=+\-@\t\r].*} always gives
 * the original text back.
 */
final class FormulaGuard {
    private FormulaGuard() {}

    /** {@code text}, or {@code '} + {@code text} when a spreadsheet could take it for a formula. */
    static String guard(String text) {
        int start = 0;
        int length = text.length();
        while (start < length && text.charAt(start) == '\'') {
            start++;
        }
        return start < length && startsFormula(text.charAt(start)) ? "'" + text : text;
    }

    /** The characters OWASP lists: {@code = + - @}, tab and carriage return. */
    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
