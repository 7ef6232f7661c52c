package org.oncograph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Paged reads without a database: pages are read one at a time as the writer consumes
 * them, and a writer whose client went away stops the reads.
 */
class PagedTests {

	/** Nodes {@code node:00000}… in pages of {@code size}, {@code total} in all. */
	static Paged<Subgraph.Node> nodes(int total, int size, AtomicInteger reads) {
		return new Paged<>(after -> {
			reads.incrementAndGet();
			int from = after.isEmpty() ? 0 : Integer.parseInt(after.substring("node:".length())) + 1;
			List<Subgraph.Node> page = IntStream.range(from, Math.min(total, from + size))
				.mapToObj(i -> new Subgraph.Node("node:%05d".formatted(i), "PERSON", "Имя " + i, "Name " + i))
				.toList();
			return Paged.Page.of(page, page.size(), size, page.isEmpty() ? after : page.getLast().id());
		});
	}

	@Test
	void pagesAreReadAsTheyAreConsumedAndTheLastShortPageEndsTheReads() {
		var reads = new AtomicInteger();
		var iterator = nodes(25, 10, reads).iterator();
		assertThat(reads).hasValue(0);
		List<String> ids = new ArrayList<>();
		iterator.forEachRemaining(node -> ids.add(node.id()));
		assertThat(ids).hasSize(25).doesNotHaveDuplicates().isSorted();
		assertThat(reads).hasValue(3);
		// a full last page costs one more read, which comes back empty
		var exact = new AtomicInteger();
		nodes(20, 10, exact).forEach(node -> {
		});
		assertThat(exact).hasValue(3);
	}

	@Test
	void sequencesAreConcatenatedEachBegunWhenTheOneBeforeIsDone() {
		var first = new AtomicInteger();
		var second = new AtomicInteger();
		var iterator = Paged.concat(List.of(nodes(3, 2, first), List.<Subgraph.Node>of(), nodes(2, 5, second)))
			.iterator();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(iterator.next().id());
		}
		assertThat(second).hasValue(0);
		iterator.forEachRemaining(node -> ids.add(node.id()));
		assertThat(ids).containsExactly("node:00000", "node:00001", "node:00002", "node:00000", "node:00001");
		assertThat(first).hasValue(2);
		assertThat(second).hasValue(1);
	}

	@Test
	void aClientThatGoesAwayStopsTheReads() {
		for (var format : List.<FormatWriter>of(Formats::graphml, Formats::json, Formats::nodesCsv, Formats::zip)) {
			var reads = new AtomicInteger();
			var graph = new Subgraph(nodes(1_000_000, 1_000, reads), List.of());
			assertThatException().isThrownBy(() -> format.write(graph, new GoneAfter(20_000)));
			assertThat(reads.get()).as("pages read").isLessThanOrEqualTo(20);
		}
		var complete = new ByteArrayOutputStream();
		var reads = new AtomicInteger();
		Formats.nodesCsv(new Subgraph(nodes(2_500, 1_000, reads), List.of()), complete);
		assertThat(complete.toString().lines()).hasSize(2_501);
		assertThat(reads).hasValue(3);
	}

	@FunctionalInterface
	interface FormatWriter {

		void write(Subgraph graph, OutputStream out);

	}

	/** A response whose client disconnects after so many bytes. */
	static final class GoneAfter extends OutputStream {

		private long left;

		GoneAfter(long bytes) {
			this.left = bytes;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.left -= len;
			if (this.left < 0) {
				throw new IOException("Broken pipe");
			}
		}

	}

}
