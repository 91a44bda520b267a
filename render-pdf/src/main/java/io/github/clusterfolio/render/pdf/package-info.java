/**
 * A print-ready, accessible PDF brochure of a region: cover, contents, overview with a chart, one chapter per
 * sector, an A–Z register, running headers, bookmarks and metadata; one file {@code <region-id>-<lang>.pdf}
 * per language.
 *
 * <p>Configure a {@link io.github.clusterfolio.render.pdf.PdfBrochureRenderer} once with its builder (theme,
 * subtitles, conformance, fallback fonts) and use it from any number of threads. The command line reaches the
 * same settings through {@link io.github.clusterfolio.render.pdf.PdfRendererProvider}, which reads a
 * {@link io.github.clusterfolio.render.Theme} and {@link io.github.clusterfolio.render.pdf.PdfOptions} from
 * the {@link io.github.clusterfolio.render.RendererSettings}.
 *
 * <h2>Tagging</h2>
 *
 * <p>Every brochure is a tagged PDF that conforms to PDF/UA-1 ({@link io.github.clusterfolio.render.pdf.PdfConformance}):
 * the structure follows the reading order, tables, lists, links and figures are tagged, and decoration is
 * marked as artifacts. OpenPDF 3.0.5, which lays the brochure out, has the low-level parts of a tagged PDF
 * (structure elements, marked-content operators, the structure tree root and its parent tree) but no tagging
 * of its own layout. What it lacks, and how the internal package makes up for it:
 * <ul>
 *   <li>Its page flow ({@code Document.add}) holds lines back and writes them later, and writes text and
 *       graphics into separate layers of the page; there is no hook around an element's content. The internal
 *       {@code TaggedDocument} subclasses its {@code PdfDocument} to write the held-back lines on demand and to
 *       carry an open marked-content sequence over a page break.</li>
 *   <li>Link annotations made from chunks ({@code Chunk.setAnchor}, {@code setLocalGoto}) are out of reach,
 *       so they cannot get a {@code /StructParent} or an object reference (OBJR) from a {@code Link}
 *       element (an open upstream pull request, LibrePDF/OpenPDF#1617, adds this). The brochure makes its
 *       links itself from the rectangles OpenPDF reports for tagged chunks.</li>
 *   <li>A structure element holds either marked content or child elements, never both; the structure is
 *       built with leaves that hold content and containers that hold leaves.</li>
 *   <li>It keeps every structure element in memory and writes the whole tree when the document closes; its walk
 *       of the tree then fails on an element's {@code /K} that holds an indirect reference it did not read from
 *       a file. The internal {@code StructureWriter} writes each element as soon as it is complete, after every
 *       page, and puts into its parent a plain object that writes the reference, so that a brochure of 10,000
 *       organisations no longer holds its 80,000 elements to the end.</li>
 *   <li>Table cell borders are drawn outside any marked content; the brochure draws its rules in cell events,
 *       as artifacts. Content in table cells and columns is marked by zero-height elements that a column
 *       draws on the very canvas its content goes to.</li>
 *   <li>Its XMP writer knows PDF/A but not the PDF/UA identification schema; the brochure writes the packet
 *       with both, and the extension-schema description that PDF/A requires for it.</li>
 *   <li>It writes the cross-reference table with the default locale's digits; see {@code
 *       CrossReferenceTable}.</li>
 * </ul>
 */
@NullMarked
package io.github.clusterfolio.render.pdf;

import org.jspecify.annotations.NullMarked;
