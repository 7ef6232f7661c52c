package org.oncograph.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a
 * few large institutions, many small ones, as in real collaboration networks. Ranks are
 * mapped through a fixed shuffle, so the largest items are spread over the id range
 * rather than being the first ids.
 */
final class Zipf {

	private final double[] cumulative;

	private final int[] items;

	Zipf(int n, double exponent, SplittableRandom random) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
		this.items = new int[n];
		for (int i = 0; i < n; i++) {
			this.items[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = this.items[i];
			this.items[i] = this.items[j];
			this.items[j] = swap;
		}
	}

	int next(SplittableRandom random) {
		double target = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int rank = Arrays.binarySearch(this.cumulative, target);
		rank = (rank >= 0) ? rank : Math.min(-rank - 1, this.cumulative.length - 1);
		return this.items[rank];
	}

}
