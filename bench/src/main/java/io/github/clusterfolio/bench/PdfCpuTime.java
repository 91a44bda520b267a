package io.github.clusterfolio.bench;

import com.sun.management.ThreadMXBean;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The CPU time of the rendering thread for one German brochure of a synthetic region, best of several renders
 * after warm-up, with the wall time, the bytes the thread allocated and the time the collector took per render. On a machine shared with other work, wall-clock benchmarks measure the other work too; the
 * CPU time the rendering thread itself spends is steadier, so this is what compares two versions of the
 * renderer (run each version's classes with the same arguments).
 *
 * <pre>
 * java -Xmx256m -cp … io.github.clusterfolio.bench.PdfCpuTime 10000 3 5
 * </pre>
 *
 * Arguments: organisations (default 10,000), warm-up renders (3), measured renders (5), and optionally a file
 * to write the brochure to, to look at what the time was spent on.
 */
public final class PdfCpuTime {
    private PdfCpuTime() {}

    public static void main(String[] args) throws Exception {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Region region = SyntheticRegions.generate(7, 50, organisations);
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().build();
        RenderOptions options = RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")).withLanguages(List.of("de"));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long[] cpu = new long[measured];
        long[] wall = new long[measured];
        long[] allocated = new long[measured];
        long[] collecting = new long[measured];
        long bytes = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            long[] written = {0};
            OutputSink counting = path -> new OutputStream() {
                @Override
                public void write(int b) {
                    written[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    written[0] += len;
                }
            };
            long gcStart = collectionMillis(collectors);
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            renderer.render(region, options, counting);
            if (i >= warmUp) {
                cpu[i - warmUp] = threads.getCurrentThreadCpuTime() - cpuStart;
                wall[i - warmUp] = System.nanoTime() - wallStart;
                allocated[i - warmUp] = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
                collecting[i - warmUp] = collectionMillis(collectors) - gcStart;
            }
            bytes = written[0];
        }
        if (args.length > 3) {
            java.nio.file.Path file = java.nio.file.Path.of(args[3]);
            renderer.render(region, options, path -> java.nio.file.Files.newOutputStream(file));
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        Arrays.sort(allocated);
        Arrays.sort(collecting);
        System.out.printf(java.util.Locale.ROOT,
                "%d organisations, %d bytes: CPU best %d ms, median %d ms; wall best %d ms, median %d ms;"
                        + " allocated %d MB; collector median %d ms%n",
                organisations, bytes, cpu[0] / 1_000_000, cpu[measured / 2] / 1_000_000, wall[0] / 1_000_000,
                wall[measured / 2] / 1_000_000, allocated[measured / 2] / 1_000_000, collecting[measured / 2]);
    }

    private static long collectionMillis(List<GarbageCollectorMXBean> collectors) {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
