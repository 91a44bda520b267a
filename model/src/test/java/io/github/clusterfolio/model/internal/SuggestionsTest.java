package io.github.clusterfolio.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void nearestKeysAreSuggestedForTyposOnly() {
        List<String> keys = List.of("id", "name", "type", "website", "description", "tags");
        assertThat(Suggestions.nearest("webiste", keys)).isEqualTo("website");
        assertThat(Suggestions.nearest("Name", keys)).isEqualTo("name");
        assertThat(Suggestions.nearest("ID", keys)).isEqualTo("id");
        assertThat(Suggestions.nearest("descripton", keys)).isEqualTo("description");
        assertThat(Suggestions.nearest("colour", keys)).isNull();
        assertThat(Suggestions.nearest("ix", keys)).isNull();
        assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abcd", "acbd")).isEqualTo(1);
    }
}
