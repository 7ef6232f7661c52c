package org.oncograph.export;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * A sequence read from the database a page at a time, keyset-paged: each page is one
 * statement in its own short transaction, asked for only when the one before has been
 * consumed, and nothing but the current page is held. A writer that stops iterating (the
 * client went away, a write failed) stops the reads; no transaction outlives its page.
 *
 * @param <T> what a page holds
 */
final class Paged<T> implements Iterable<T> {

	/**
	 * Reads one page: the items after the key given ({@code ""} for the first page).
	 */
	@FunctionalInterface
	interface Reader<T> {

		Page<T> read(String after);

	}

	/**
	 * One page: its items and the key of its last row, or a null key when it was the last
	 * page (it had fewer rows than asked for).
	 */
	record Page<T>(List<T> items, @Nullable String last) {

		/**
		 * A page of {@code rows} rows (which may give more or fewer items), the last one
		 * unless it is full.
		 */
		static <T> Page<T> of(List<T> items, int rows, int size, String last) {
			return new Page<>(items, (rows < size) ? null : last);
		}

	}

	private final Reader<T> reader;

	Paged(Reader<T> reader) {
		this.reader = reader;
	}

	/**
	 * These sequences one after the other, each begun only when the one before is done.
	 */
	static <T> Iterable<T> concat(List<? extends Iterable<? extends T>> parts) {
		return () -> new Iterator<T>() {

			private final Iterator<? extends Iterable<? extends T>> rest = parts.iterator();

			private Iterator<? extends T> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext() && this.rest.hasNext()) {
					this.current = this.rest.next().iterator();
				}
				return this.current.hasNext();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.current.next();
			}

		};
	}

	@Override
	public Iterator<T> iterator() {
		return new Iterator<>() {

			private final ArrayDeque<T> page = new ArrayDeque<>();

			private @Nullable String after = "";

			@Override
			public boolean hasNext() {
				while (this.page.isEmpty() && this.after != null) {
					Page<T> next = Paged.this.reader.read(this.after);
					this.page.addAll(next.items());
					this.after = next.last();
				}
				return !this.page.isEmpty();
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.removeFirst();
			}

		};
	}

}
