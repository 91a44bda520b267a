package io.github.clusterfolio.cli;

import io.github.clusterfolio.loader.ProjectSchema;
import io.github.clusterfolio.loader.RegionSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterfolio schema}: prints the JSON Schema of the file format. */
@Command(
        name = "schema",
        usageHelpAutoWidth = true,
        header = "Prints the JSON Schema of the region file format (version 1), or with --project of the project file.",
        description = {
            "",
            "Editors with the YAML language server use it for completion and checks while typing: save it and"
                    + " point a comment at it in the first line of a region file:",
            "  # yaml-language-server: $schema=clusterfolio-1.schema.json",
        },
        footerHeading = "%nExample:%n",
        footer = {
            "  clusterfolio schema > clusterfolio-1.schema.json",
            "  clusterfolio schema --project > clusterfolio-project-1.schema.json",
        })
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--project",
            description = "The schema of the project file (clusterfolio.yaml) instead, with the options of every"
                    + " renderer found.")
    private boolean project;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = project ? ProjectSchema.json(RenderCommand.discoverRenderers()) : RegionSchema.json();
        out.print(schema);
        if (!schema.endsWith("\n")) {
            out.println();
        }
        out.flush();
        return ExitCode.DONE;
    }
}
