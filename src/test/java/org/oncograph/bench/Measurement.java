package org.oncograph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

/**
 * A closed-loop run: {@code concurrency} platform threads each send requests back to back
 * for a fixed time; every latency is kept (sorted arrays, exact percentiles). Request
 * {@code i} is the i-th of the run over all threads, so that the workload cycles through
 * its prepared instances.
 * <p>
 * The load generator runs in the app's JVM, so the app's CPU time is the process's CPU
 * time over the run less the client's: the sending threads' own CPU time and that of the
 * HTTP client's threads ({@link ClientCpu}). What is left is the app's request threads,
 * the database, the driver, and the JVM's compiler and garbage collector threads (which
 * also collect the client's garbage).
 *
 * @param concurrency threads sending at once
 * @param count requests completed
 * @param errors requests that failed
 * @param seconds wall time of the run
 * @param nanos sorted latencies
 * @param appCpuNanos CPU time of the process over the run, less the client's
 */
record Measurement(int concurrency, int count, int errors, double seconds, long[] nanos, long appCpuNanos) {

	static Measurement run(int concurrency, double seconds, IntConsumer request) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		LongAdder senderCpu = new LongAdder();
		List<long[]> perThread = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		ClientCpu before = ClientCpu.now();
		long started = System.nanoTime();
		for (int t = 0; t < concurrency; t++) {
			long[][] holder = new long[1][];
			int index = t;
			perThread.add(null);
			threads.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
				long[] latencies = new long[1024];
				int n = 0;
				while (System.nanoTime() < end) {
					int i = next.getAndIncrement();
					long t0 = System.nanoTime();
					try {
						request.accept(i);
					}
					catch (RuntimeException ex) {
						if (errors.incrementAndGet() <= 3) {
							System.err.println("bench: request failed: " + ex);
						}
						continue;
					}
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = System.nanoTime() - t0;
				}
				holder[0] = Arrays.copyOf(latencies, n);
				senderCpu.add(ClientCpu.THREADS.getCurrentThreadCpuTime());
				synchronized (perThread) {
					perThread.set(index, holder[0]);
				}
			}));
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		ClientCpu after = ClientCpu.now();
		long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		long appCpu = (after.process() - before.process()) - (after.client() - before.client()) - senderCpu.sum();
		return new Measurement(concurrency, all.length, errors.get(), elapsed, all, appCpu);
	}

	/** The app's CPU time per completed request, in ms; NaN when nothing completed. */
	double appCpuMs() {
		return (this.count == 0) ? Double.NaN : this.appCpuNanos / 1e6 / this.count;
	}

	double p50() {
		return percentile(0.50);
	}

	double p99() {
		return percentile(0.99);
	}

	/** Milliseconds; NaN when nothing completed. */
	double percentile(double q) {
		if (this.nanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(q * this.nanos.length) - 1;
		return this.nanos[Math.max(0, Math.min(index, this.nanos.length - 1))] / 1e6;
	}

	double throughput() {
		return this.count / this.seconds;
	}

}
