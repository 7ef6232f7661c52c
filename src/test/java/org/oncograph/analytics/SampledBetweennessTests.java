package org.oncograph.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Person;
import org.oncograph.error.OncoGraphException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sampled betweenness on skewed graphs (preferential attachment, as the collaboration
 * network: a few hubs, many people with one or two links), against JGraphT's exact
 * Brandes; and its deadline: it stops, keeps its work and continues on the next call.
 */
class SampledBetweennessTests {

	static final List<String> TYPES = List.of("COOPERATES_WITH");

	/**
	 * 250 pivots of 5,000 people (5 %): the true top 5 among the sampled top 10 and each
	 * estimated within 25 %.
	 */
	@Test
	void samplingAFewPivotsPutsTheTrueTopBrokersOnTop() {
		for (long seed = 1; seed <= 5; seed++) {
			Network exactNetwork = skewed(5000, 2, seed);
			Betweenness exact = exactNetwork.betweenness(Integer.MAX_VALUE, 1, Deadline.none());
			Betweenness sampled = copy(exactNetwork).betweenness(0, 250, Deadline.none());
			assertThat(exact.exact()).isTrue();
			assertThat(sampled.exact()).isFalse();
			assertThat(sampled.pivots()).isEqualTo(250);
			List<String> trueTop = top(exact, 5);
			List<String> sampledTop = top(sampled, 10);
			assertThat(sampledTop).as("seed " + seed).containsAll(trueTop);
			assertThat(top(exact, 10)).as("seed " + seed).containsAll(top(sampled, 5));
			for (String id : trueTop) {
				assertThat(sampled.of(id)).as("estimate of " + id + ", seed " + seed)
					.isBetween(0.75 * exact.of(id), 1.25 * exact.of(id));
			}
		}
	}

	@Test
	void aComputationPastItsDeadlineStopsKeepsItsWorkAndContinuesOnTheNextCall() {
		Network network = skewed(20_000, 3, 7);
		long started = System.nanoTime();
		assertThatExceptionOfType(OncoGraphException.TimedOut.class)
			.isThrownBy(() -> network.betweenness(0, 20_000, Deadline.after(Duration.ofMillis(200))))
			.withMessageContaining("did not finish within 200 ms")
			.withMessageContaining("asking again continues it");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

		Network smaller = skewed(2000, 2, 7);
		Betweenness uninterrupted = copy(smaller).betweenness(0, 300, Deadline.none());
		int timeouts = 0;
		Betweenness resumed = null;
		while (resumed == null) {
			try {
				resumed = smaller.betweenness(0, 300, Deadline.after(Duration.ofMillis(5)));
			}
			catch (OncoGraphException.TimedOut ex) {
				timeouts++;
			}
		}
		assertThat(timeouts).isPositive();
		assertThat(resumed).isEqualTo(uninterrupted);
	}

	@Test
	void anInterruptedRequestStopsAtOnce() {
		Network network = skewed(20_000, 3, 8);
		Thread.currentThread().interrupt();
		try {
			long started = System.nanoTime();
			assertThatExceptionOfType(OncoGraphException.TimedOut.class)
				.isThrownBy(() -> network.betweenness(0, 20_000, Deadline.after(Duration.ofMinutes(10))));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void aRequestWaitingForAnotherOnesComputationStopsAtItsOwnDeadline() throws Exception {
		Network network = skewed(20_000, 3, 9);
		try (var executor = Executors.newSingleThreadExecutor()) {
			CountDownLatch started = new CountDownLatch(1);
			Future<?> first = executor.submit(() -> {
				started.countDown();
				try {
					network.betweenness(0, 20_000, Deadline.after(Duration.ofSeconds(2)));
				}
				catch (OncoGraphException.TimedOut ex) {
					// expected: this test only needs it to hold the computation for a
					// while
				}
			});
			started.await();
			Thread.sleep(100);
			assertThatExceptionOfType(OncoGraphException.TimedOut.class)
				.isThrownBy(() -> network.betweenness(0, 20_000, Deadline.after(Duration.ofMillis(100))))
				.withMessageContaining("another request is computing it");
			first.get();
		}
	}

	/**
	 * A preferential-attachment graph of people, each new one linked to {@code links}
	 * earlier ones.
	 */
	static Network skewed(int n, int links, long seed) {
		var graph = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
		new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(links + 1, links, n, new Random(seed))
			.generateGraph(graph, null);
		Map<String, Entity> entities = new LinkedHashMap<>();
		graph.vertexSet().stream().sorted().forEach(v -> entities.put(id(v), person(id(v))));
		List<NetworkEdge> edges = new ArrayList<>();
		for (DefaultEdge edge : graph.edgeSet()) {
			edges.add(new NetworkEdge(id(graph.getEdgeSource(edge)), id(graph.getEdgeTarget(edge)), "COOPERATES_WITH",
					Map.of()));
		}
		return new Network(TYPES, entities, edges);
	}

	static Network copy(Network network) {
		return new Network(network.types(), network.entities(), network.edges());
	}

	static List<String> top(Betweenness betweenness, int count) {
		return betweenness.scores()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry::getKey))
			.limit(count)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static String id(int v) {
		return String.format("person:p%06d", v);
	}

	private static Person person(String id) {
		return new Person(id, id, id, List.of(), List.of(), Map.of(), List.of(), List.of());
	}

}
