package io.github.clusterfolio.cli;

import java.util.Locale;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version from the jar's manifest, and the Java runtime it runs on. */
final class ManifestVersion implements IVersionProvider {

    /** The version of this build, such as {@code 0.1.0}, or a note when not run from the packaged jar. */
    static String version() {
        String version = ClusterfolioCommand.class.getPackage().getImplementationVersion();
        return version != null ? version : "(development build, not run from the packaged jar)";
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "clusterfolio " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch").toLowerCase(Locale.ROOT),
        };
    }
}
