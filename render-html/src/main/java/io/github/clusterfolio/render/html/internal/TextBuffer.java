package io.github.clusterfolio.render.html.internal;

import java.util.Arrays;

/**
 * A growable {@code char[]} that fragments are written into before they become a {@code String}.
 * Unlike a {@link StringBuilder}, it never switches from Latin-1 to UTF-16 storage half-way (which copies
 * everything written so far the first time a "–" or "„" arrives); the one conversion happens in
 * {@link #toString()}. Not thread-safe.
 */
public final class TextBuffer implements Appendable {
    private char[] chars;
    private int length;

    /** A buffer with room for {@code capacity} characters before it grows. */
    public TextBuffer(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    @Override
    public TextBuffer append(CharSequence text) {
        String string = String.valueOf(text);
        int n = string.length();
        ensureRoom(n);
        string.getChars(0, n, chars, length);
        length += n;
        return this;
    }

    @Override
    public TextBuffer append(CharSequence text, int start, int end) {
        return append(String.valueOf(text).substring(start, end));
    }

    @Override
    public TextBuffer append(char c) {
        ensureRoom(1);
        chars[length++] = c;
        return this;
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }

    /** The characters written, as a string. */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
