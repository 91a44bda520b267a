package io.github.clusterfolio.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether a person is watching: decides if progress is drawn on standard error. */
final class Terminal {
    private Terminal() {}

    /**
     * Whether the process runs interactively on a terminal. Java cannot test standard error itself; a
     * console on standard input and output is the usual sign that standard error is one as well.
     */
    static boolean isInteractive() {
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later return a console even when redirected, and tell with isTerminal().
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException notBefore22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            return false;
        }
    }
}
