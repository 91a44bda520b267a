package io.github.clusterfolio.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The char buffer behind the String API: grows, keeps every character, honours the Appendable contract. */
class TextBufferTest {

    @Test
    void keepsLatinOneAndOtherCharactersAcrossGrowth() {
        TextBuffer buffer = new TextBuffer(1);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String piece = i % 7 == 0 ? "„Weser–Ems“ 👍 " : "abc äöü ";
            buffer.append(piece).append('|');
            expected.append(piece).append('|');
        }
        assertThat(buffer.toString()).isEqualTo(expected.toString());
    }

    @Test
    void followsTheAppendableContract() {
        TextBuffer buffer = new TextBuffer(4);
        buffer.append(null).append("0123456789", 2, 5).append(new StringBuilder("sb"));
        assertThat(buffer.toString()).isEqualTo("null234sb");
    }
}
