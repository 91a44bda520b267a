package io.github.clusterfolio.maven;

import io.github.clusterfolio.maven.internal.BuildProblems;
import io.github.clusterfolio.maven.internal.BuildSettings;
import io.github.clusterfolio.render.RendererRegistry;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code clusterfolio:validate}: checks the project file, the region file and the theme, and fails the build
 * with every problem at {@code FILE:LINE:COLUMN}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends ClusterfolioMojo {

    /** For Maven. */
    public ValidateMojo() {}

    @Override
    void run(BuildSettings settings, RendererRegistry registry, BuildProblems problems) throws MojoFailureException {
        Checked checked = check(settings, registry, problems);
        getLog().info("clusterfolio: " + problems.display(settings.data().toString()) + " is valid ("
                + checked.region().sectors().size() + " sectors, " + checked.region().organisations().size()
                + " organisations, languages " + String.join(", ", checked.region().languages()) + ")");
    }
}
