/**
 * The one label catalogue every renderer takes its words from.
 *
 * <p>{@link io.github.clusterfolio.render.text.Label} names each word (a heading, a column, an organisation
 * type, a qualifier); {@link io.github.clusterfolio.render.text.LabelCatalog} holds the texts per language,
 * bundled for de, en, nl, fr, da and pl, with {@link io.github.clusterfolio.render.text.LabelSet}s from
 * labels files laid over them; {@link io.github.clusterfolio.render.text.Labels} are one language's texts,
 * resolved. Placeholders are names in braces ({@code {count}}); plural labels have one text per
 * {@link io.github.clusterfolio.render.text.PluralCategory} of the language. Month names, dates and
 * numbers are not labels: renderers format them with {@code java.time} and {@code java.text} in the
 * language's locale.
 */
@NullMarked
package io.github.clusterfolio.render.text;

import org.jspecify.annotations.NullMarked;
