/** The brochure's implementation: document setup, tagging, typesetting and one class per part. Not exported. */
@NullMarked
package io.github.clusterfolio.render.pdf.internal;

import org.jspecify.annotations.NullMarked;
