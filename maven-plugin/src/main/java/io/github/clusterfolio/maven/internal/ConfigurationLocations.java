package io.github.clusterfolio.maven.internal;

import java.util.Optional;
import org.apache.maven.model.InputLocation;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jspecify.annotations.Nullable;

/**
 * Where a setting of the plugin's configuration is written in the POM, so that a wrong value is reported as
 * {@code pom.xml:LINE:COLUMN} like a problem in a data file. Maven keeps the position of every configuration
 * element it read; a configuration that came from elsewhere (a parent POM outside the build, the command line)
 * has none, and the problem is then reported at line 0.
 */
public final class ConfigurationLocations {
    private final @Nullable Xpp3Dom configuration;

    /** The positions in {@code configuration}, the mojo execution's merged configuration (may be {@code null}). */
    public ConfigurationLocations(@Nullable Object configuration) {
        this.configuration = configuration instanceof Xpp3Dom dom ? dom : null;
    }

    /** Where the element at {@code path} (such as {@code options}, {@code pdf.conformance}) starts. */
    public Optional<Position> find(String... path) {
        @Nullable Xpp3Dom element = configuration;
        for (String name : path) {
            element = element == null ? null : element.getChild(name);
        }
        if (element == null || !(element.getInputLocation() instanceof InputLocation location)
                || location.getLineNumber() <= 0) {
            return Optional.empty();
        }
        String file = location.getSource() != null && location.getSource().getLocation() != null
                ? location.getSource().getLocation() : "pom.xml";
        return Optional.of(new Position(file, location.getLineNumber(), Math.max(location.getColumnNumber(), 0)));
    }

    /**
     * A position in a POM.
     *
     * @param file the POM's path
     * @param line 1-based line
     * @param column 1-based column, 0 when unknown
     */
    public record Position(String file, int line, int column) {}
}
