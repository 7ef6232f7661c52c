/**
 * Counts over the whole graph: by kind, country, city and year, each computed only when
 * asked for.
 */
@NullMarked
package org.oncograph.stats;

import org.jspecify.annotations.NullMarked;
