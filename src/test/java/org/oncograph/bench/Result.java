package org.oncograph.bench;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures of one workload.
 *
 * @param workload what ran
 * @param graphQl1 end-to-end over HTTP, concurrency 1
 * @param graphQl8 end-to-end over HTTP, concurrency 8
 * @param raw1 the same statements through the Java driver, concurrency 1
 * @param raw8 the same, concurrency 8
 * @param statements Cypher statements per request (median over the instances)
 * @param dbHits PROFILE database hits per request, summed over its statements, for the
 * profiled instances
 * @param heapMb most heap in use while it ran
 * @param rssMb most resident memory of the process while it ran
 * @param note anything the figures need said
 */
record Result(Workload workload, Measurement graphQl1, Measurement graphQl8, Measurement raw1, Measurement raw8,
		int statements, List<Long> dbHits, long heapMb, long rssMb, @Nullable String note) {

	/**
	 * Fewer requests than this in a measurement make its median one slow request
	 * (paths-k5 at 5× measured a single request of 8 s at concurrency 1), which is no
	 * ground for a ratio.
	 */
	static final int MIN_REQUESTS = 10;

	/** GraphQL p50 ÷ raw-driver p50, concurrency 1. */
	double ratio() {
		return this.graphQl1.p50() / this.raw1.p50();
	}

	boolean ratioMeasured() {
		return this.graphQl1.count() >= MIN_REQUESTS && this.raw1.count() >= MIN_REQUESTS;
	}

	long medianDbHits() {
		if (this.dbHits.isEmpty()) {
			return -1;
		}
		return this.dbHits.stream().sorted().toList().get(this.dbHits.size() / 2);
	}

	long maxDbHits() {
		return this.dbHits.stream().mapToLong(Long::longValue).max().orElse(-1);
	}

}
