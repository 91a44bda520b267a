package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.LabelsLoader;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clusterfolio labels LANG}: prints the complete label catalogue of a language as a labels file. */
@Command(
        name = "labels",
        usageHelpAutoWidth = true,
        header = "Prints every label of a language as a labels file, to translate or to change single words.",
        description = {
            "",
            "The labels are the words the brochure, the CSV headers and the HTML fragments print around the data"
                    + " (contents, page 3 of 12, key figures, organisation types …). Bundled: "
                    + "de, en, nl, fr, da, pl. For another language, start from English, translate the texts, set"
                    + " 'language:' and render with --labels FILE; a file for a bundled language may keep only"
                    + " the words it changes.",
            "",
        },
        parameterListHeading = "Parameters:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  clusterfolio labels en > labels-sv.yaml    then translate, set 'language: sv'",
            "  clusterfolio render region.yaml --labels labels-sv.yaml",
        })
final class LabelsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LANG", description = "The language, such as de, nl or pl.")
    private String language;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        String tag = language.strip();
        if (!tag.matches("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")) {
            throw new UsageException("'" + language + "' is not a language tag such as de, nl or pl");
        }
        LabelCatalog bundled = LabelCatalog.bundled();
        if (!bundled.has(tag)) {
            throw new UsageException("there are no bundled labels for '" + tag + "' (bundled: "
                    + String.join(", ", LabelCatalog.BUNDLED_LANGUAGES) + "); start from English: clusterfolio labels en"
                    + " > labels-" + tag + ".yaml, then translate it and set 'language: " + tag + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(LabelsLoader.write(tag, bundled.completeTexts(tag)));
        out.flush();
        return ExitCode.DONE;
    }
}
