package org.oncograph.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One projection of the graph: every entity and the relationships of the chosen types
 * between them. Analyses run on the simple undirected graph (parallel and opposite
 * relationships between two entities count as one link), each computed once, when first
 * asked for.
 */
public final class Network {

	static final int PROPAGATION_RUNS = 10;

	/**
	 * The seed pivots are drawn with, so that the same projection gives the same
	 * estimate.
	 */
	static final long PIVOT_SEED = 42;

	/**
	 * Heap of one entity in a projection with its analyses done: about 630 bytes for the
	 * entity, its place in the map and its vertex of the graph, 300 for its betweenness,
	 * community and component, 40 for the arrays of sampled betweenness (measured on the
	 * synthetic graph, BENCHMARKS.md, issue 20).
	 */
	static final long ENTITY_BYTES = 1_000;

	/**
	 * Heap of one relationship in a projection without its properties: about 350 bytes
	 * for the edge with its end id and type and its link in the graph, 16 for its ends in
	 * the arrays of sampled betweenness (measured as {@link #ENTITY_BYTES}).
	 */
	static final long EDGE_BYTES = 375;

	/**
	 * Heap of one relationship's properties (its sources and evidence) in the projection
	 * exports use: 970 to 1,030 bytes each in the measure of {@link #ENTITY_BYTES}.
	 */
	static final long PROPERTIES_BYTES = 1_000;

	private static final Logger log = LoggerFactory.getLogger(Network.class);

	private final List<String> types;

	private final Map<String, Entity> entities;

	private final List<NetworkEdge> edges;

	private final Graph<String, DefaultEdge> graph;

	private final ReentrantLock betweennessLock = new ReentrantLock();

	private @Nullable Betweenness betweenness;

	private @Nullable PivotBetweenness sampling;

	private @Nullable List<Set<String>> communities;

	private @Nullable List<Set<String>> components;

	private final long estimatedBytes;

	Network(List<String> types, Map<String, Entity> entities, List<NetworkEdge> edges) {
		this.types = List.copyOf(types);
		this.entities = new LinkedHashMap<>(entities);
		this.edges = List.copyOf(edges);
		this.graph = new SimpleGraph<>(DefaultEdge.class);
		entities.keySet().forEach(this.graph::addVertex);
		for (NetworkEdge edge : edges) {
			if (!edge.start().equals(edge.end()) && this.graph.containsVertex(edge.start())
					&& this.graph.containsVertex(edge.end())) {
				this.graph.addEdge(edge.start(), edge.end());
			}
		}
		long withProperties = this.edges.stream().filter(edge -> !edge.properties().isEmpty()).count();
		this.estimatedBytes = this.entities.size() * ENTITY_BYTES + this.edges.size() * EDGE_BYTES
				+ withProperties * PROPERTIES_BYTES;
	}

	/**
	 * The heap this projection takes, estimated from its entities and relationships, its
	 * analyses included: the weight {@link Projections} keeps it by.
	 */
	long estimatedBytes() {
		return this.estimatedBytes;
	}

	/** The relationship types the projection follows. */
	public List<String> types() {
		return this.types;
	}

	/** Every entity, by id, in id order. */
	public Map<String, Entity> entities() {
		return this.entities;
	}

	/** Every relationship of the projection, in its stored direction. */
	public List<NetworkEdge> edges() {
		return this.edges;
	}

	/** The distinct entities directly related to this one. */
	public Set<String> neighbours(String id) {
		return this.graph.containsVertex(id) ? org.jgrapht.Graphs.neighborSetOf(this.graph, id) : Set.of();
	}

	public int degree(String id) {
		return this.graph.containsVertex(id) ? this.graph.degreeOf(id) : 0;
	}

	/**
	 * Betweenness of every entity (undirected: each pair counted once), computed once.
	 * Exact (Brandes from every entity) when the projection has at most
	 * {@code exactMaxNodes} entities; otherwise estimated from {@code pivots} pivot
	 * entities (see {@link PivotBetweenness}). Either stops when the deadline passes,
	 * keeping its progress for the next call, and throws
	 * {@link OncoGraphException.TimedOut}; so does waiting for another request's
	 * computation past the deadline. (JGraphT's {@code BetweennessCentrality} is not used
	 * here because it cannot be stopped; the tests keep it as the oracle.)
	 */
	Betweenness betweenness(int exactMaxNodes, int pivots, Deadline deadline) {
		try {
			if (!this.betweennessLock.tryLock(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS)) {
				throw timedOut(deadline, "another request is computing it; ask again in a moment");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw timedOut(deadline, "the request was interrupted");
		}
		try {
			if (this.betweenness == null) {
				this.betweenness = compute(exactMaxNodes, pivots, deadline);
			}
			return this.betweenness;
		}
		finally {
			this.betweennessLock.unlock();
		}
	}

	private Betweenness compute(int exactMaxNodes, int pivots, Deadline deadline) {
		int n = this.entities.size();
		int k = (n <= exactMaxNodes) ? n : Math.min(pivots, n);
		long started = System.nanoTime();
		if (this.sampling == null || this.sampling.pivots() != k) {
			this.sampling = new PivotBetweenness(this.graph, List.copyOf(this.entities.keySet()), k, PIVOT_SEED);
		}
		int before = this.sampling.done();
		boolean finished = this.sampling.advance(deadline);
		log.info("Betweenness of {} entities and {} links ({}): pivots {} to {} of {} in {} ms{}", n,
				this.graph.edgeSet().size(), (k == n) ? "exact" : "sampled", before, this.sampling.done(), k,
				(System.nanoTime() - started) / 1_000_000, finished ? "" : " (deadline passed)");
		if (!finished) {
			throw timedOut(deadline, String.format(Locale.ROOT,
					"%s, %,d done so far; the work done is kept, so asking again continues it",
					(k == n) ? String.format(Locale.ROOT, "exact (shortest paths from each of the %,d entities)", n)
							: String.format(Locale.ROOT, "estimated from the shortest paths of %,d pivot entities", k),
					this.sampling.done()));
		}
		Betweenness result = this.sampling.scores().rankedBy(this::degree);
		this.sampling = null;
		return result;
	}

	private OncoGraphException.TimedOut timedOut(Deadline deadline, String detail) {
		return new OncoGraphException.TimedOut("brokers", String.format(Locale.ROOT,
				"Betweenness over %,d entities did not finish within %s: %s. A smaller network (fewer relations) is"
						+ " faster.",
				this.entities.size(), deadline.budgetText(), detail));
	}

	/**
	 * The number of pairs of entities other than one, which normalises betweenness to
	 * 0..1.
	 */
	public double pairsWithout() {
		long n = this.entities.size();
		return (n > 2) ? (n - 1) * (n - 2) / 2.0 : 1;
	}

	/**
	 * Communities by label propagation, the best of {@value #PROPAGATION_RUNS} runs with
	 * fixed seeds by modularity, largest first: reproducible, near-linear, and robust on
	 * sparse graphs with isolated entities. JGraphT has no Louvain or Leiden; its greedy
	 * modularity algorithm fails on isolated vertices and on some small components (the
	 * property tests found both), and Girvan–Newman needs the number of communities in
	 * advance.
	 */
	public synchronized List<Set<String>> communities() {
		if (this.communities == null) {
			List<Set<String>> best = List.of();
			double bestModularity = Double.NEGATIVE_INFINITY;
			for (int seed = 1; seed <= PROPAGATION_RUNS; seed++) {
				List<Set<String>> partition = sorted(
						new LabelPropagationClustering<>(this.graph, new Random(seed)).getClustering().getClusters());
				double modularity = modularity(partition).stream().mapToDouble(Double::doubleValue).sum();
				if (modularity > bestModularity + 1e-12) {
					best = partition;
					bestModularity = modularity;
				}
			}
			this.communities = best;
		}
		return this.communities;
	}

	/**
	 * Each community's share of the modularity, in the order of {@link #communities()}.
	 */
	public List<Double> modularity(List<Set<String>> partition) {
		double m = this.graph.edgeSet().size();
		List<Double> shares = new ArrayList<>();
		Map<String, Integer> communityOf = new HashMap<>();
		for (int i = 0; i < partition.size(); i++) {
			for (String id : partition.get(i)) {
				communityOf.put(id, i);
			}
		}
		for (int i = 0; i < partition.size(); i++) {
			if (m == 0) {
				shares.add(0.0);
				continue;
			}
			long inside = 0;
			long degrees = 0;
			for (String id : partition.get(i)) {
				degrees += this.graph.degreeOf(id);
				for (String other : neighbours(id)) {
					if (Objects.requireNonNull(communityOf.get(other)) == i) {
						inside++;
					}
				}
			}
			// each internal link was seen from both ends
			shares.add((inside / 2.0) / m - Math.pow(degrees / (2.0 * m), 2));
		}
		return shares;
	}

	/** Connected components, largest first. */
	public synchronized List<Set<String>> components() {
		if (this.components == null) {
			this.components = sorted(new ConnectivityInspector<>(this.graph).connectedSets());
		}
		return this.components;
	}

	private static List<Set<String>> sorted(Collection<Set<String>> groups) {
		return groups.stream()
			.map(group -> (Set<String>) new java.util.TreeSet<>(group))
			.sorted(Comparator.<Set<String>>comparingInt(Set::size)
				.reversed()
				.thenComparing(group -> group.iterator().next()))
			.toList();
	}

}
