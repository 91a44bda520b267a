package io.github.clusterfolio.loader.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The keys one kind of mapping may have, each bound to the handler that reads its value, which of them
 * are required, and hints for missing ones. Handlers are found by key name, so the order in which keys
 * are declared is only the order in which they are listed in messages ("allowed here: …").
 *
 * @param <D> what the handlers fill in while one mapping is read, such as a draft of an organisation
 */
final class Fields<D> {
    private static final int MAX_KEYS = 31;

    private final List<String> names = new ArrayList<>();
    private final List<Consumer<D>> handlers = new ArrayList<>();
    private final Map<String, Integer> indices = new HashMap<>();
    private final Map<String, String> missingHints = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();
    private int required;

    private Fields() {}

    /** An empty set of keys; add them with {@link #required} and {@link #optional}. */
    static <D> Fields<D> keys() {
        return new Fields<>();
    }

    /** Adds a key that must be present, read by {@code handler} (with the cursor on the value's first token). */
    Fields<D> required(String name, Consumer<D> handler) {
        required |= 1 << add(name, handler);
        return this;
    }

    /** Adds a key that may be absent, read by {@code handler}. */
    Fields<D> optional(String name, Consumer<D> handler) {
        add(name, handler);
        return this;
    }

    private int add(String name, Consumer<D> handler) {
        if (names.size() == MAX_KEYS) {
            throw new IllegalStateException("at most " + MAX_KEYS + " keys");
        }
        if (indices.putIfAbsent(name, names.size()) != null) {
            throw new IllegalStateException("the key '" + name + "' is declared twice");
        }
        names.add(name);
        handlers.add(handler);
        return names.size() - 1;
    }

    /**
     * Refuses a key that belongs elsewhere (such as another version of the format) with {@code message},
     * reported at the key; it is not listed among the allowed keys.
     */
    Fields<D> refused(String name, String message) {
        refused.put(name, message);
        return this;
    }

    /** The message for a refused key, or {@code null} when {@code key} is not refused. */
    String refusal(String key) {
        return refused.get(key);
    }

    /** Adds a hint to the message for a missing required key. */
    Fields<D> hint(String name, String hint) {
        if (!indices.containsKey(name)) {
            throw new IllegalStateException("a hint for the undeclared key '" + name + "'");
        }
        missingHints.put(name, hint);
        return this;
    }

    int indexOf(String key) {
        Integer index = indices.get(key);
        return index == null ? -1 : index;
    }

    /** Reads the value of the key at {@code index} into {@code draft}. */
    void read(int index, D draft) {
        handlers.get(index).accept(draft);
    }

    String name(int index) {
        return names.get(index);
    }

    List<String> names() {
        return List.copyOf(names);
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
