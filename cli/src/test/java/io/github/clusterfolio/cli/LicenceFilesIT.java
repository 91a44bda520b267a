package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every published jar carries the project's {@code META-INF/LICENSE} and {@code META-INF/NOTICE}, and the
 * shaded {@code clusterfolio.jar} keeps the licence files of every library it bundles. Reads the jars that
 * this build has just packaged: the library modules' are built before the cli in the reactor, so run it
 * from the repository root ({@code ./mvnw verify}).
 */
class LicenceFilesIT {
    private static final Path ROOT = Path.of(System.getProperty("clusterfolio.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("project.version");
    private static final List<String> PUBLISHED_MODULES =
            List.of("model", "loader", "render-pdf", "render-csv", "render-html", "cli");
    /** Entry names that hold a licence or a notice: the same as src/assembly/third-party-licences.xml takes. */
    private static final Pattern LICENCE_FILE =
            Pattern.compile("(.*/)?([^/]*(LICENSE|LICENCE|license|NOTICE)[^/]*|COPYING[^/]*|META-INF/(MPL|LGPL)-[^/]*)");

    @Test
    void everyPublishedJarCarriesTheLicenceAndTheNotice() throws IOException {
        byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
        byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));
        assertThat(new String(licence, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Apache License", "Version 2.0, January 2004");

        List<Path> jars = publishedJars();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(bytes(file, "META-INF/LICENSE")).as(jar + " holds the project's LICENSE").isEqualTo(licence);
                assertThat(bytes(file, "META-INF/NOTICE")).as(jar + " holds the project's NOTICE").isEqualTo(notice);
            }
        }
        assertThat(jars).as("the main jar of each published module and the shaded jar")
                .hasSizeGreaterThanOrEqualTo(PUBLISHED_MODULES.size() + 1);
    }

    @Test
    void theNoticeNamesEveryFileThatCarriesItsOwnLicence() throws IOException {
        String notice = Files.readString(ROOT.resolve("NOTICE"));
        try (JarFile pdf = new JarFile(moduleJar("render-pdf").toFile())) {
            List<String> licensed = pdf.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".LICENSE.txt"))
                    .map(name -> name.substring(0, name.length() - ".LICENSE.txt".length()) + ".bin")
                    .toList();
            assertThat(licensed).as("the hyphenation patterns").isNotEmpty();
            assertThat(licensed).allSatisfy(name -> assertThat(pdf.getEntry(name)).as(name).isNotNull());
            assertThat(notice).contains(licensed);
        }
    }

    @Test
    void theShadedJarKeepsTheLicenceFilesOfEveryLibraryItBundles() throws IOException {
        String notice = Files.readString(ROOT.resolve("NOTICE"));
        Map<String, Path> classPath = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.put(Path.of(entry).getFileName().toString(), Path.of(entry));
        }

        try (JarFile shaded = new JarFile(Cli.jar().toFile())) {
            List<Properties> bundled = new ArrayList<>();
            for (JarEntry entry : shaded.stream().toList()) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties properties = new Properties();
                    try (InputStream in = shaded.getInputStream(entry)) {
                        properties.load(in);
                    }
                    if (!properties.getProperty("groupId").equals("io.github.clusterfolio")) {
                        bundled.add(properties);
                    }
                }
            }
            assertThat(bundled).as("third-party libraries in clusterfolio.jar").isNotEmpty();

            int kept = 0;
            for (Properties library : bundled) {
                String groupId = library.getProperty("groupId");
                String artifactId = library.getProperty("artifactId");
                assertThat(notice).as("NOTICE names the bundled library %s:%s", groupId, artifactId)
                        .contains(groupId + ":" + artifactId);

                Path original = classPath.get(artifactId + "-" + library.getProperty("version") + ".jar");
                assertThat(original).as("%s is on the test class path", artifactId).isNotNull();
                try (JarFile source = new JarFile(original.toFile())) {
                    for (JarEntry entry : source.stream().toList()) {
                        if (!entry.isDirectory() && LICENCE_FILE.matcher(entry.getName()).matches()) {
                            String copy = "META-INF/licenses/" + artifactId + "/" + entry.getName();
                            assertThat(bytes(shaded, copy))
                                    .as("%s's %s is kept in clusterfolio.jar as %s", artifactId, entry.getName(), copy)
                                    .isEqualTo(source.getInputStream(entry).readAllBytes());
                            kept++;
                        }
                    }
                }
            }
            assertThat(kept).isGreaterThan(10);
            // The one non-Apache licence that a plain shade would overwrite with another META-INF/LICENSE.
            assertThat(new String(bytes(shaded, "META-INF/licenses/encoder/META-INF/LICENSE"),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Redistribution and use in source and binary forms");
            // The fonts' licence stays beside the fonts, where openpdf-fonts-extra put it.
            assertThat(shaded.getEntry("liberation/LICENSE")).isNotNull();
        }
    }

    private static List<Path> publishedJars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String module : PUBLISHED_MODULES) {
            jars.add(moduleJar(module));
            for (String classifier : List.of("sources", "javadoc", "tests")) {
                // Absent with -Dquick (sources, javadoc) or for modules without a test jar.
                Path attached = moduleJar(module).resolveSibling(
                        "clusterfolio-" + module + "-" + VERSION + "-" + classifier + ".jar");
                if (Files.exists(attached)) {
                    jars.add(attached);
                }
            }
        }
        jars.add(Cli.jar());
        return jars;
    }

    private static Path moduleJar(String module) {
        Path jar = ROOT.resolve(module).resolve("target").resolve("clusterfolio-" + module + "-" + VERSION + ".jar");
        assertThat(jar).as("%s was packaged by this build (run ./mvnw verify from the repository root)", module)
                .isRegularFile();
        return jar;
    }

    private static byte[] bytes(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
