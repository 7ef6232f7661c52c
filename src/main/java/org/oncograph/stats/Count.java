package org.oncograph.stats;

import org.jspecify.annotations.Nullable;

/** A count of something, with a readable label for its key when there is one. */
record Count(String key, @Nullable String label, int count) {
}
