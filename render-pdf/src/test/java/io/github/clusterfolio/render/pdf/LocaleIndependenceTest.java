package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, item 5: the brochure's bytes do not depend on the JVM's default locale. Under Arabic and Persian
 * locales OpenPDF 3.0.5 wrote the cross-reference offsets in Arabic-Indic digits and every PDF was damaged
 * ({@code qpdf --check}: "invalid xref entry"). Each case renders the bundled brochure in a child JVM started
 * with that locale and compares it, byte for byte, with this JVM's; the table is checked on its own and by
 * qpdf where it is installed. (The same through {@code LC_ALL} with generated locales, for every format, is
 * the command line's {@code LocaleIT}.)
 */
class LocaleIndependenceTest {

    @ParameterizedTest(name = "{0}_{1}{2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ar | SA | -  | PDF_UA_1",
        "ar | EG | -  | PDF_UA_1",
        "fa | IR | -  | PDF_UA_1",
        "th | TH | -  | PDF_UA_1",
        "th | TH | TH | PDF_UA_1",
        "hi | IN | -  | PDF_UA_1",
        "tr | TR | -  | PDF_UA_1",
        "ja | JP | JP | PDF_UA_1",
        // PDF/A adds XMP metadata with dates: the Thai Buddhist and Japanese imperial calendars must not reach it.
        "ar | SA | -  | PDF_A_2B",
        "th | TH | TH | PDF_A_2B",
        "ja | JP | JP | PDF_A_2B",
    })
    void aChildJvmWithThisDefaultLocaleWritesTheSameValidPdf(String language, String country, String variant,
            PdfConformance conformance, @TempDir Path folder) throws Exception {
        Path out = folder.resolve("brochure.pdf");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Duser.language=" + language, "-Duser.country=" + country));
        if (variant != null) {
            command.add("-Duser.variant=" + variant);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RenderInAnotherJvm.class.getName(),
                out.toString(), "de", conformance.name()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(folder.resolve("child.log"))).isZero();

        byte[] pdf = Files.readAllBytes(out);
        ClassicXref.assertValid(pdf, language + "_" + country);
        assertThat(ClassicXref.qpdfProblems(out)).isEmpty();
        byte[] here = conformance == PdfConformance.PDF_UA_1 ? Brochures.nordwest("de")
                : Brochures.render(PdfBrochureRenderer.builder().conformance(conformance).build(),
                        NordwestFixture.region(), "de", new ArrayList<>());
        assertThat(pdf).as("the same bytes as under this JVM's locale").isEqualTo(here);
    }
}
