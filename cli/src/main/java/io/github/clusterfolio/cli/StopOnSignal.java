package io.github.clusterfolio.cli;

import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.NullUnmarked;

/**
 * What {@code render} does when it is asked to stop (Ctrl-C, SIGTERM, SIGHUP — anything that runs the JVM's
 * shutdown hooks): first stop the render threads and wait until they write no more, then let a commit in
 * progress roll back at its next step (or learn that it completed), remove the staging folder and the
 * lock, print one line, and end the process with exit code {@value ExitCode#FAILED}.
 *
 * <p>A {@code kill -9} runs none of this; the next run's {@link OutputRecovery} puts the folder in order.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class StopOnSignal implements AutoCloseable {
    private static volatile boolean stopping;

    private final String command;
    private final PrintWriter err;
    private final String outDisplay;
    private final Thread hook;
    private volatile BooleanSupplier stopRendering = () -> true;
    private volatile StagedOutput output;

    private StopOnSignal(String command, PrintWriter err, String outDisplay) {
        this.command = command;
        this.err = err;
        this.outDisplay = outDisplay;
        this.hook = new Thread(this::stop, "clusterfolio-stop");
    }

    /**
     * Installs the handler for one run of {@code render}.
     *
     * @param command the command's name for the message, such as {@code clusterfolio render}
     * @param outDisplay the output folder as the user named it
     */
    static StopOnSignal install(String command, PrintWriter err, String outDisplay) {
        StopOnSignal handler = new StopOnSignal(command, err, outDisplay);
        Runtime.getRuntime().addShutdownHook(handler.hook);
        return handler;
    }

    /** Whether the process is being stopped: failures seen now are its consequence, and the handler reports it. */
    static boolean stopping() {
        return stopping;
    }

    /** How to stop the renderers; returns whether every render thread ended. */
    void rendering(BooleanSupplier stop) {
        this.stopRendering = stop;
    }

    /** The output this run writes. */
    void output(StagedOutput staged) {
        this.output = staged;
    }

    /** The run ended by itself: no handler is needed any more. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run.
        }
    }

    private void stop() {
        stopping = true;
        boolean renderersEnded = stopRendering.getAsBoolean();
        StagedOutput staged = output;
        String outcome;
        if (staged == null) {
            outcome = "nothing was written";
        } else if (staged.stop()) {
            staged.close();
            outcome = "the output was already written into " + outDisplay;
        } else if (renderersEnded) {
            staged.close();
            outcome = "the output folder " + outDisplay + " was left as it was";
        } else {
            // A renderer still writes into the staging folder; the next run removes it (it has no journal).
            outcome = "the output folder " + outDisplay + " was left as it was; a renderer did not stop in time, and"
                    + " the next run into " + outDisplay + " removes its temporary files";
        }
        err.println(command + ": stopped by a signal; " + outcome);
        err.flush();
        Runtime.getRuntime().halt(ExitCode.FAILED);
    }
}
