package io.github.clusterfolio.render.pdf.internal;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Texts cut the way the brochure prints them: a first sentence, an address. */
final class PlainText {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?= \\p{Lu})");

    private PlainText() {}

    /** The first sentence of a text, or its first 180 characters, for a one-line gist. */
    static String firstSentence(String text) {
        String tidy = Typesetter.oneLine(text);
        Matcher end = SENTENCE_END.matcher(tidy);
        String sentence = end.find() ? tidy.substring(0, end.end()) : tidy;
        if (sentence.length() <= 180) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 178);
        return sentence.substring(0, cut > 100 ? cut : 178) + " …";
    }

    /** An address as people read it: without the scheme and a lone trailing slash. */
    static String displayAddress(URI address) {
        String text = address.toString().replaceFirst("^https?://", "");
        return text.endsWith("/") && text.indexOf('/') == text.length() - 1 ? text.substring(0, text.length() - 1)
                : text;
    }
}
