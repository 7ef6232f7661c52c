package org.oncograph.stats;

/**
 * The {@code Stats} object; each of its fields is one Cypher statement, run only when
 * selected.
 */
record Stats() {
}
