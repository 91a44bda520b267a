package io.github.clusterfolio.loader.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The keys one kind of mapping may have, which of them are required, and hints for missing ones. */
final class Fields {
    private final List<String> names;
    private final Map<String, Integer> indices = new HashMap<>();
    private final int required;
    private final Map<String, String> missingHints = new HashMap<>();

    private Fields(List<String> names, int required) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            indices.put(names.get(i), i);
        }
        this.required = required;
    }

    /** Keys in their documented order; a trailing {@code !} marks a required key. */
    static Fields of(String... specs) {
        if (specs.length > 31) {
            throw new IllegalArgumentException("at most 31 keys");
        }
        String[] names = new String[specs.length];
        int required = 0;
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            if (spec.endsWith("!")) {
                required |= 1 << i;
                spec = spec.substring(0, spec.length() - 1);
            }
            names[i] = spec;
        }
        return new Fields(List.of(names), required);
    }

    /** Adds a hint to the message for a missing required key. */
    Fields hint(String name, String hint) {
        missingHints.put(name, hint);
        return this;
    }

    int indexOf(String key) {
        Integer index = indices.get(key);
        return index == null ? -1 : index;
    }

    String name(int index) {
        return names.get(index);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    int required() {
        return required;
    }

    String missingHint(String name) {
        return missingHints.getOrDefault(name, "");
    }
}
