package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * One instance of each renderer, shared by eight threads that render eight different regions at the same
 * time, each thread every format twice in a different order: every file is byte-identical to what the
 * same instance gives when it renders the region alone on one thread. (Each renderer module also checks
 * its own renderer from many threads on one region; here the three run side by side on different data.)
 */
class ConcurrentRenderingTest {
    private static final int THREADS = 8;

    @Test
    void eightThreadsSharingOneRendererOfEachFormatGetTheSingleThreadedBytes() throws Exception {
        List<Renderer> renderers = List.of(CsvExporter.withDefaults(), HtmlFragmentRenderer.withDefaults(),
                PdfBrochureRenderer.builder().build());
        List<Region> regions = IntStream.range(0, THREADS)
                .mapToObj(i -> AwkwardRegions.generate(100 + i, 2 + i % 3, 20 + 15 * i))
                .toList();
        List<SortedMap<String, String>> alone = new ArrayList<>();
        for (Region region : regions) {
            alone.add(render(region, renderers));
        }

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<SortedMap<String, String>>>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Region region = regions.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return List.of(render(region, renderers), render(region, renderers.reversed()));
                }));
            }
            for (int i = 0; i < THREADS; i++) {
                assertThat(results.get(i).get()).as("region %d rendered by two threads at once", i)
                        .containsOnly(alone.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every file of every format: path → SHA-256 of its bytes. */
    private static SortedMap<String, String> render(Region region, List<Renderer> renderers) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        for (Renderer renderer : renderers) {
            InMemoryOutputSink sink = new InMemoryOutputSink();
            renderer.render(region, RenderOptions.at(PipelineRoundTripTest.EDITION), sink);
            for (String path : sink.paths()) {
                files.put(renderer.format() + "/" + path, sha256(sink.bytes(path)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
