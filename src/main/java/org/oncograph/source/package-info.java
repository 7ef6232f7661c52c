/** Sources: the documents and reference data the graph was built from, and the entities each names. */
@NullMarked
package org.oncograph.source;

import org.jspecify.annotations.NullMarked;
