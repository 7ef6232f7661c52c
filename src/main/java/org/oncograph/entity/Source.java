package org.oncograph.entity;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A document the graph was built from, or the reference data. */
public record Source(String id, String title, @Nullable String titleEn, boolean titleIsDescriptive,
		@Nullable String publisher, @Nullable LocalDate publishedOn, @Nullable String publishedOnNote, Locale language,
		String kind, @Nullable String file) implements GraphNode {
}
