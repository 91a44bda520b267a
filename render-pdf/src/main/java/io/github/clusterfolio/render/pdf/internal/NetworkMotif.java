package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Region;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A quiet picture of a network on the cover: nodes joined to their nearest neighbours, one highlighted
 * node per sector. Seeded by the region's id, so the same region always gets the same picture.
 */
final class NetworkMotif {
    private NetworkMotif() {}

    /** Draws the motif for {@code region} within {@code left}, {@code bottom}, {@code right}, {@code top}. */
    static void draw(PdfContentByte canvas, Region region, Palette palette, float left, float bottom, float right,
            float top) {
        SplittableRandom random = new SplittableRandom(region.id().hashCode());
        int highlighted = Math.min(region.sectors().size(), 12);
        int count = Math.max(14, Math.min(28, 10 + 2 * highlighted));
        int columns = 7;
        int rows = 4;
        List<float[]> nodes = new ArrayList<>();
        List<Integer> cells = new ArrayList<>();
        for (int cell = 0; cell < columns * rows; cell++) {
            cells.add(cell);
        }
        for (int i = 0; i < count && !cells.isEmpty(); i++) {
            int cell = cells.remove(random.nextInt(cells.size()));
            float cellWidth = (right - left) / columns;
            float cellHeight = (top - bottom) / rows;
            float x = left + (cell % columns + 0.15f + 0.7f * (float) random.nextDouble()) * cellWidth;
            float y = bottom + (cell / columns + 0.15f + 0.7f * (float) random.nextDouble()) * cellHeight;
            nodes.add(new float[] {x, y});
        }
        canvas.saveState();
        canvas.setColorStroke(Palette.mix(palette.primary(), Color.WHITE, 0.2));
        canvas.setLineWidth(0.6f);
        for (int i = 0; i < nodes.size(); i++) {
            float[] a = nodes.get(i);
            List<float[]> others = new ArrayList<>(nodes);
            others.remove(i);
            others.sort(Comparator.comparingDouble(b -> Math.hypot(b[0] - a[0], b[1] - a[1])));
            for (float[] b : others.subList(0, Math.min(2, others.size()))) {
                canvas.moveTo(a[0], a[1]);
                canvas.lineTo(b[0], b[1]);
            }
        }
        canvas.stroke();
        for (int i = 0; i < nodes.size(); i++) {
            float[] node = nodes.get(i);
            boolean sector = i < highlighted;
            canvas.setColorFill(sector ? palette.accent() : Palette.mix(palette.primary(), Color.WHITE, 0.3));
            canvas.circle(node[0], node[1], sector ? 4.2f + (float) random.nextDouble() * 2.5f
                    : 1.6f + (float) random.nextDouble() * 1.4f);
            canvas.fill();
        }
        canvas.restoreState();
    }
}
