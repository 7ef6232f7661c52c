package org.oncograph.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.jgrapht.Graph;

/**
 * Sampled betweenness (Brandes and Pich, 2007): Brandes' single-source dependency
 * accumulation from {@code k} pivot entities drawn without replacement with a fixed seed,
 * summed and scaled by {@code n / k}. An unbiased estimate; with {@code k = n} every
 * entity is a pivot and the scores are exact. JGraphT computes exact betweenness only,
 * from every vertex and without a way to stop it, so this loop is written here, over the
 * graph copied into arrays (entity {@code i} is the {@code i}-th of the projection, its
 * neighbours {@code targets[offsets[i]..offsets[i+1])}).
 * <p>
 * It stops when a request's deadline passes between two pivots and keeps what it has
 * done: the next call continues from the next pivot. Not thread-safe: {@link Network}
 * calls it under a lock.
 */
final class PivotBetweenness {

	private final List<String> ids;

	private final int[] offsets;

	private final int[] targets;

	private final int[] pivots;

	private final double[] sums;

	private int done;

	// Work arrays of one search, reset after it for the entities it reached.
	private final int[] distance;

	private final double[] paths;

	private final double[] dependency;

	private final int[] order;

	<E> PivotBetweenness(Graph<String, E> graph, List<String> ids, int pivots, long seed) {
		int n = ids.size();
		this.ids = List.copyOf(ids);
		Map<String, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(ids.get(i), i);
		}
		// Each link of the simple graph once, counted from both ends, then written from
		// both ends.
		int[] degree = new int[n + 1];
		int[][] links = new int[graph.edgeSet().size()][];
		int l = 0;
		for (E edge : graph.edgeSet()) {
			int a = Objects.requireNonNull(index.get(graph.getEdgeSource(edge)));
			int b = Objects.requireNonNull(index.get(graph.getEdgeTarget(edge)));
			links[l++] = new int[] { a, b };
			degree[a]++;
			degree[b]++;
		}
		this.offsets = new int[n + 1];
		for (int i = 0; i < n; i++) {
			this.offsets[i + 1] = this.offsets[i] + degree[i];
		}
		this.targets = new int[this.offsets[n]];
		int[] next = Arrays.copyOf(this.offsets, n);
		for (int[] link : links) {
			this.targets[next[link[0]]++] = link[1];
			this.targets[next[link[1]]++] = link[0];
		}
		this.pivots = draw(n, Math.min(pivots, n), seed);
		this.sums = new double[n];
		this.distance = new int[n];
		Arrays.fill(this.distance, -1);
		this.paths = new double[n];
		this.dependency = new double[n];
		this.order = new int[n];
	}

	/** The first {@code k} of a seeded Fisher–Yates shuffle of {@code 0..n-1}. */
	static int[] draw(int n, int k, long seed) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int swap = all[i];
			all[i] = all[j];
			all[j] = swap;
		}
		return Arrays.copyOf(all, k);
	}

	int pivots() {
		return this.pivots.length;
	}

	int done() {
		return this.done;
	}

	/**
	 * Searches from the pivots not done yet, until all are or the deadline passes; true
	 * when all are.
	 */
	boolean advance(Deadline deadline) {
		while (this.done < this.pivots.length) {
			if (deadline.passed()) {
				return false;
			}
			accumulate(this.pivots[this.done]);
			this.done++;
		}
		return true;
	}

	/**
	 * The estimate once every pivot is done: the dependencies summed over the pivots,
	 * times n / k, halved.
	 */
	Betweenness scores() {
		if (this.done < this.pivots.length) {
			throw new IllegalStateException(this.done + " of " + this.pivots.length + " pivots done");
		}
		int n = this.ids.size();
		double scale = (this.pivots.length == 0) ? 0 : (double) n / this.pivots.length / 2;
		Map<String, Double> scores = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			scores.put(this.ids.get(i), this.sums[i] * scale);
		}
		return new Betweenness(Map.copyOf(scores), this.pivots.length == n, this.pivots.length);
	}

	/**
	 * One breadth-first search from {@code source} counting shortest paths, then the
	 * dependencies of the source on every entity it reached, from the farthest back
	 * (Brandes 2001, unweighted): an entity's predecessors are its neighbours one step
	 * nearer, so no lists of them are kept.
	 */
	private void accumulate(int source) {
		int reached = 0;
		this.order[reached++] = source;
		this.distance[source] = 0;
		this.paths[source] = 1;
		for (int head = 0; head < reached; head++) {
			int v = this.order[head];
			int next = this.distance[v] + 1;
			for (int i = this.offsets[v]; i < this.offsets[v + 1]; i++) {
				int w = this.targets[i];
				if (this.distance[w] < 0) {
					this.distance[w] = next;
					this.order[reached++] = w;
				}
				if (this.distance[w] == next) {
					this.paths[w] += this.paths[v];
				}
			}
		}
		for (int j = reached - 1; j > 0; j--) {
			int w = this.order[j];
			double share = (1 + this.dependency[w]) / this.paths[w];
			int previous = this.distance[w] - 1;
			for (int i = this.offsets[w]; i < this.offsets[w + 1]; i++) {
				int v = this.targets[i];
				if (this.distance[v] == previous) {
					this.dependency[v] += this.paths[v] * share;
				}
			}
			this.sums[w] += this.dependency[w];
		}
		for (int j = 0; j < reached; j++) {
			int v = this.order[j];
			this.distance[v] = -1;
			this.paths[v] = 0;
			this.dependency[v] = 0;
		}
	}

}
