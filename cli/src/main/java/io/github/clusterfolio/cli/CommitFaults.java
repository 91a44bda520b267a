package io.github.clusterfolio.cli;

/**
 * Fault injection for the crash tests: the system property {@value #PROPERTY}, such as
 * {@code rename-120:pause}, names a point of the commit ({@code journal} once the journal is on the disk,
 * {@code rename-N} after the N-th change to the output folder, {@code done} once the commit is complete)
 * and what happens there: {@code halt} ends the process on the spot, as {@code kill -9} does (no shutdown
 * hook runs); {@code pause} prints {@code fault injection: paused at POINT} on standard error and waits up to a
 * minute (less once the run is asked to stop), so that a test can send a signal exactly there;
 * {@code sleep-MS} waits that many milliseconds, and a point ending in {@code *} matches every point that
 * starts so ({@code rename-*:sleep-5} slows every rename, opening a window for concurrency tests). Without
 * the property nothing happens.
 */
class CommitFaults {
    static final String PROPERTY = "clusterfolio.test.commitFault";

    private final String point;
    private final String action;

    /** No faults; tests override {@link #reached} to stop a commit where they like. */
    CommitFaults() {
        this("", "");
    }

    private CommitFaults(String point, String action) {
        this.point = point;
        this.action = action;
    }

    /** The faults the system property asks for; none without it. */
    static CommitFaults fromSystemProperty() {
        String value = System.getProperty(PROPERTY, "");
        int colon = value.lastIndexOf(':');
        return colon < 0 ? new CommitFaults("", "") : new CommitFaults(value.substring(0, colon), value.substring(colon + 1));
    }

    /** Called at each point of the commit; a pause ends early once {@code stopped} says so. */
    void reached(String name, java.util.function.BooleanSupplier stopped) {
        boolean matches = point.endsWith("*") ? name.startsWith(point.substring(0, point.length() - 1))
                : name.equals(point);
        if (!matches) {
            return;
        }
        if (action.startsWith("sleep-")) {
            try {
                Thread.sleep(Long.parseLong(action.substring("sleep-".length())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (NumberFormatException notANumber) {
                // No such fault.
            }
        } else if (action.equals("halt")) {
            Runtime.getRuntime().halt(137);
        } else if (action.equals("pause")) {
            System.err.println("fault injection: paused at " + name);
            System.err.flush();
            long end = System.nanoTime() + 60_000_000_000L;
            while (!stopped.getAsBoolean() && System.nanoTime() < end) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
