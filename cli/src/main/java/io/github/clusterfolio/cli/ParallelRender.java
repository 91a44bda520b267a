package io.github.clusterfolio.cli;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Severity;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.NullUnmarked;

/**
 * Runs every renderer into its staging folder, several at once on a multi-core machine, and stops them all
 * at the first failure — or when {@link #stop} is called from another thread (a signal), which returns only
 * once no render thread writes any more, so that the staging folder can then be removed.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class ParallelRender {
    private static final long STOP_SECONDS = 20;

    private final Map<String, Renderer> renderers;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService pool;

    ParallelRender(Map<String, Renderer> renderers) {
        this.renderers = Map.copyOf(renderers);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger threadNumber = new AtomicInteger();
        // Threads are started as tasks arrive, so a render of one small format starts one.
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "clusterfolio-render-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Renders every format, in the order of {@code formats}, and returns their warnings in that order. A
     * renderer that {@linkplain Renderer#rendersLanguagesSeparately() renders languages separately} gets one
     * task per language, so that the brochures of two languages take the time of one on two cores.
     *
     * @throws RenderFailure naming the format that failed first
     */
    List<Problem> run(List<String> formats, Region region, RenderOptions options, StagedOutput staged,
            Progress progress, String inputName) throws InterruptedException {
        Map<String, List<List<String>>> warnings = new LinkedHashMap<>();
        List<Callable<String>> tasks = new ArrayList<>();
        for (String format : formats) {
            Renderer renderer = renderers.get(format);
            List<RenderOptions> parts = parts(renderer, region, options);
            AtomicInteger unfinished = new AtomicInteger(parts.size());
            // Shared by the format's tasks, so that two languages writing one path is refused as within one task.
            Set<String> paths = ConcurrentHashMap.newKeySet();
            for (RenderOptions part : parts) {
                List<String> partWarnings = Collections.synchronizedList(new ArrayList<>());
                warnings.computeIfAbsent(format, key -> new ArrayList<>()).add(partWarnings);
                tasks.add(() -> {
                    StagingSink sink = new StagingSink(format, staged.folder(format), progress, stopped, staged.disk(),
                            paths);
                    try {
                        renderer.render(region, part.withWarnings(partWarnings::add), sink);
                        sink.closeLeftOpen();
                    } catch (Exception | StackOverflowError failure) {
                        try {
                            sink.closeLeftOpen(); // no channel stays open into the staging folder
                        } catch (IOException | RuntimeException alsoFailed) {
                            failure.addSuppressed(alsoFailed);
                        }
                        throw new RenderFailure(format, failure);
                    } finally {
                        if (unfinished.decrementAndGet() == 0) {
                            progress.finished(format);
                        }
                    }
                    return format;
                });
            }
        }
        try {
            CompletionService<String> completion = new ExecutorCompletionService<>(pool);
            List<Future<String>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(completion.submit(task)));
            for (int done = 0; done < tasks.size(); done++) {
                try {
                    completion.take().get();
                } catch (ExecutionException failed) {
                    stopped.set(true);
                    futures.forEach(future -> future.cancel(true));
                    throw rethrow(failed.getCause());
                }
            }
        } finally {
            stop();
        }
        List<Problem> problems = new ArrayList<>();
        // In the order of the languages. A format rendered in several tasks gives a warning about the whole
        // region once per task: it is reported once, as a single render would.
        warnings.forEach((format, parts) -> {
            Stream<String> messages = parts.stream().flatMap(List::stream);
            (parts.size() > 1 ? messages.distinct() : messages).forEach(message ->
                    problems.add(new Problem(Severity.WARNING, inputName, 0, 0, "", format + ": " + message)));
        });
        return problems;
    }

    /**
     * One set of options per task: one per language where the renderer allows it and the heap has room for all
     * of them at once, else {@code options} alone.
     */
    private static List<RenderOptions> parts(Renderer renderer, Region region, RenderOptions options) {
        if (!renderer.rendersLanguagesSeparately()) {
            return List.of(options);
        }
        List<String> languages;
        try {
            languages = options.languagesFor(region);
        } catch (IllegalArgumentException unknownLanguage) {
            return List.of(options); // the renderer reports it, as a failure of its format
        }
        if (languages.size() < 2 || !roomForAtOnce(languages.size(), region.organisations().size(),
                Runtime.getRuntime().maxMemory())) {
            return List.of(options);
        }
        return languages.stream().map(language -> options.withLanguages(List.of(language))).toList();
    }

    /**
     * Whether {@code languages} renders of a region of {@code organisations} fit into a heap of {@code maxHeap}
     * bytes at the same time. A render may hold its whole output until it is complete — the tagged PDF takes
     * about 16 MB of heap per 1,000 organisations (docs/BENCHMARKS.md) — so each is given 40 kB per
     * organisation, and the region itself 64 MB: a brochure of 10,000 organisations in two languages renders
     * them at once from a heap of 864 MB, one after the other below it, as a 256 MB heap did before.
     */
    static boolean roomForAtOnce(int languages, int organisations, long maxHeap) {
        long perLanguage = 40_000L * organisations;
        return maxHeap >= 64L * 1024 * 1024 + languages * perLanguage;
    }

    /**
     * Stops every renderer: no file can be opened or written any more, and the threads are interrupted.
     *
     * @return whether every render thread ended within the time allowed
     */
    boolean stop() {
        stopped.set(true);
        pool.shutdownNow();
        try {
            return pool.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
