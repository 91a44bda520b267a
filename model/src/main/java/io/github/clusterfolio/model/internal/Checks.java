package io.github.clusterfolio.model.internal;

import io.github.clusterfolio.model.WebAddressRule;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's constructors; every failure is an {@link IllegalArgumentException}. */
public final class Checks {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private Checks() {}

    /** Whether {@code id} is a lower-case slug such as {@code logistics-maritime}. */
    public static boolean isSlug(String id) {
        return id != null && SLUG.matcher(id).matches();
    }

    /** Whether {@code tag} is a BCP 47 language tag of the simple form the format allows ({@code de}, {@code en-GB}). */
    public static boolean isLanguageTag(String tag) {
        return tag != null && LANGUAGE_TAG.matcher(tag).matches();
    }

    /** Why {@code uri} is not a web address {@link WebAddressRule} accepts, or {@code null} when it is one. */
    public static @Nullable String whyNotWebAddress(@Nullable URI uri) {
        if (uri == null) {
            return "a web address is required";
        }
        return WebAddressRule.whyNot(uri.toString()).orElse(null);
    }

    public static String slug(String id, String what) {
        Objects.requireNonNull(id, what + " must not be null");
        if (!isSlug(id)) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' is not a valid id: use lower-case letters, digits and single hyphens, such as 'logistics-maritime'");
        }
        return id;
    }

    public static String notBlank(String text, String what) {
        Objects.requireNonNull(text, what + " must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text;
    }

    public static URI webAddress(URI uri, String what) {
        String why = whyNotWebAddress(uri);
        if (why != null) {
            throw new IllegalArgumentException(what + ": " + why);
        }
        return uri;
    }

    /** An unmodifiable copy of {@code items}, rejecting null elements with a message naming {@code what}. */
    public static <T> List<T> copy(Collection<? extends T> items, String what) {
        Objects.requireNonNull(items, what + " must not be null");
        for (T item : items) {
            Objects.requireNonNull(item, what + " must not contain null");
        }
        return List.copyOf(items);
    }

    /** The first element that occurs twice, or {@code null}. */
    public static <T> @Nullable T firstDuplicate(Collection<T> items) {
        Set<T> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(item)) {
                return item;
            }
        }
        return null;
    }
}
