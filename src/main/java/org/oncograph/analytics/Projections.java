package org.oncograph.analytics;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.unit.DataSize;

/**
 * The projections kept in memory and the reads that make them, bounded whatever requests
 * ask for (issue 20, BENCHMARKS.md):
 * <ul>
 * <li>one read at a time, on a virtual thread; up to {@code readQueue} other selections
 * wait for their turn, and one more is refused at once ({@link #refused});</li>
 * <li>a read that every request waiting for it gave up on (its deadline passed) is
 * cancelled: it stops before its next page and is forgotten; except the read of the
 * pinned selection (the default one, which {@link BrokersWarmUp} reads), which goes on
 * for the next request;</li>
 * <li>the projections read are kept in a Caffeine cache of at most
 * {@code cacheMaxWeight}, each weighing {@link Network#estimatedBytes()}, least valuable
 * first out; the pinned selection's in a slot of its own, so that no other selection
 * evicts it;</li>
 * <li>{@link #invalidate()} forgets them all; a read going on then is not kept (the
 * requests waiting for it get it as read), and is cancelled if none waits.</li>
 * </ul>
 * So the heap the analytics hold is at most the pinned projection, plus
 * {@code cacheMaxWeight}, plus the one projection being read, plus those that requests
 * still computing on have taken out of the cache (at most one each).
 */
final class Projections {

	private static final Logger log = LoggerFactory.getLogger(Projections.class);

	/** When a refused selection may ask again: about the time one read takes at 1×. */
	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/**
	 * A projection asked for: the relationship types it follows (sorted, as
	 * {@link org.oncograph.model.RelationKind#types} gives them) and whether it carries
	 * the relationships' properties (exports) or only the structure (analyses).
	 */
	record Selection(List<String> types, boolean properties) {

		Selection {
			types = List.copyOf(types);
		}

	}

	/** Reads a projection. */
	@FunctionalInterface
	interface Loader {

		/**
		 * The projection of {@code selection}, read page by page; between two pages it
		 * stops with a {@link CancellationException} once {@code cancelled} says so.
		 */
		Network load(Selection selection, BooleanSupplier cancelled);

	}

	private final Loader loader;

	private final Selection pinned;

	private final int readQueue;

	private final Cache<Selection, Network> cache;

	private final AtomicLong refusals = new AtomicLong();

	private final AtomicLong cancellations = new AtomicLong();

	// Guarded by this: the pinned projection, the reads not finished (each selection
	// once, none cancelled), the one running, those waiting and the generation of the
	// graph (one more after each invalidate()).

	private @Nullable Network pinnedNetwork;

	private final Map<Selection, Read> reads = new HashMap<>();

	private @Nullable Read running;

	private final ArrayDeque<Read> waiting = new ArrayDeque<>();

	private long generation;

	Projections(Loader loader, Selection pinned, DataSize cacheMaxWeight, int readQueue) {
		this.loader = loader;
		this.pinned = pinned;
		this.readQueue = readQueue;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(cacheMaxWeight.toKilobytes())
			.weigher((Selection selection, Network network) -> weight(network))
			// Evicts on the thread that stores, at once: the bound holds when put
			// returns.
			.executor(Runnable::run)
			.recordStats()
			.build();
	}

	/**
	 * Cache weight: the estimated bytes in KiB, so that a large projection fits an int.
	 */
	private static int weight(Network network) {
		return (int) Math.min(Integer.MAX_VALUE, network.estimatedBytes() / 1024);
	}

	/**
	 * The projection of this selection, kept or read, waited for until the deadline; past
	 * it, or at once when its read cannot even be queued, a
	 * {@link OncoGraphException.TimedOut} naming {@code field} says why. A failed read is
	 * forgotten, so the next request reads again.
	 */
	Network get(Selection selection, Deadline deadline, String field) {
		Read read;
		synchronized (this) {
			Network kept = kept(selection);
			if (kept != null) {
				return kept;
			}
			read = join(selection);
		}
		try {
			return read.result.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			boolean goesOn = leave(read);
			throw new OncoGraphException.TimedOut(field, goesOn
					? String.format(Locale.ROOT,
							"The network over %s is still being read from the database after %s; ask again in a"
									+ " moment (it is read once, then kept until the graph changes).",
							String.join(", ", selection.types()), deadline.budgetText())
					: String.format(Locale.ROOT,
							"The network over %s was not read within %s, so its reading stopped (only the"
									+ " default network, without relations or includeGeography, is read"
									+ " on in the background). Ask for fewer relation kinds, or raise"
									+ " ONCOGRAPH_ANALYTICS_TIME_BUDGET.",
							String.join(", ", selection.types()), deadline.budgetText()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			leave(read);
			throw new OncoGraphException.TimedOut(field, "The request was interrupted while the network was read.");
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Forgets every projection, so the next request reads the graph again; see the class
	 * comment for the reads going on.
	 */
	synchronized void invalidate() {
		this.generation++;
		this.pinnedNetwork = null;
		this.cache.invalidateAll();
		for (Read read : List.copyOf(this.reads.values())) {
			if (read.waiters == 0) {
				cancel(read);
			}
		}
		this.reads.clear();
	}

	/** The cache's statistics and weight, the reads waiting, refused and cancelled. */
	void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.cache, "oncograph.analytics.networks");
		Gauge.builder("oncograph.analytics.networks.weight", this, Projections::keptBytes)
			.description("Estimated heap of the projections kept, the pinned default one included")
			.baseUnit("bytes")
			.register(registry);
		Gauge.builder("oncograph.analytics.reads.waiting", this, Projections::waitingReads)
			.description("Selections waiting for the projection being read")
			.register(registry);
		FunctionCounter.builder("oncograph.analytics.reads.refused", this.refusals, AtomicLong::get)
			.description("Selections refused because oncograph.analytics.read-queue were already waiting")
			.register(registry);
		FunctionCounter.builder("oncograph.analytics.reads.cancelled", this.cancellations, AtomicLong::get)
			.description("Reads stopped because every request waiting for them gave up")
			.register(registry);
	}

	/** Estimated bytes of the projections kept, the pinned one included. */
	synchronized long keptBytes() {
		long cached = this.cache.policy().eviction().orElseThrow().weightedSize().orElse(0) * 1024;
		return cached + ((this.pinnedNetwork != null) ? this.pinnedNetwork.estimatedBytes() : 0);
	}

	synchronized int waitingReads() {
		return this.waiting.size();
	}

	/** Whether a read is going on (for tests). */
	synchronized boolean reading() {
		return this.running != null;
	}

	private @Nullable Network kept(Selection selection) {
		return selection.equals(this.pinned) ? this.pinnedNetwork : this.cache.getIfPresent(selection);
	}

	/**
	 * Waits for the read of the selection, started or queued if none is going on; the
	 * pinned selection goes first and is never refused.
	 */
	private Read join(Selection selection) {
		Read read = this.reads.get(selection);
		if (read == null) {
			boolean pinned = selection.equals(this.pinned);
			if (!pinned && this.running != null && this.waiting.size() >= this.readQueue) {
				throw refused(selection);
			}
			read = new Read(selection, pinned, this.generation);
			this.reads.put(selection, read);
			if (this.running == null) {
				start(read);
			}
			else if (pinned) {
				this.waiting.addFirst(read);
			}
			else {
				this.waiting.addLast(read);
			}
		}
		read.waiters++;
		return read;
	}

	/** The refusal of a selection that cannot be queued: OVERLOADED, 503. */
	private OncoGraphException refused(Selection selection) {
		this.refusals.incrementAndGet();
		return new OncoGraphException.Refused(OncoGraphException.Refused.Reason.OVERLOADED, String.format(Locale.ROOT,
				"The network over %s cannot be read now: another network is being read and %d more are waiting"
						+ " (ONCOGRAPH_ANALYTICS_READ_QUEUE). Ask again in a moment, or ask for the default network"
						+ " (without relations or includeGeography), which is always kept.",
				String.join(", ", selection.types()), this.waiting.size()), RETRY_AFTER);
	}

	/**
	 * A request stops waiting for the read; true when the read goes on (others wait, it
	 * is pinned, or it is done), false when it was cancelled.
	 */
	private synchronized boolean leave(Read read) {
		read.waiters--;
		if (read.result.isDone() || read.waiters > 0 || (read.pinned && read.generation == this.generation)) {
			return true;
		}
		cancel(read);
		return false;
	}

	private void cancel(Read read) {
		read.cancelled = true;
		this.reads.remove(read.selection, read);
		if (this.waiting.remove(read)) {
			read.result.cancel(false);
		}
		this.cancellations.incrementAndGet();
	}

	private void start(Read read) {
		this.running = read;
		Thread.ofVirtual().name("network-projection").start(() -> run(read));
	}

	private void run(Read read) {
		Network network = null;
		Throwable failure = null;
		try {
			network = this.loader.load(read.selection, () -> read.cancelled);
		}
		catch (CancellationException ex) {
			log.info("Read of the network over {} stopped: every request waiting for it gave up",
					read.selection.types());
			failure = ex;
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
		}
		finally {
			finished(read, network, failure);
		}
	}

	/**
	 * Keeps what the read read (unless the graph changed meanwhile), then starts the next
	 * one waiting.
	 */
	private synchronized void finished(Read read, @Nullable Network network, @Nullable Throwable failure) {
		if (network != null && read.generation == this.generation) {
			if (read.pinned) {
				this.pinnedNetwork = network;
			}
			else {
				this.cache.put(read.selection, network);
			}
		}
		this.reads.remove(read.selection, read);
		if (network != null) {
			read.result.complete(network);
		}
		else {
			read.result.completeExceptionally((failure != null) ? failure : new CancellationException());
		}
		Read next = this.waiting.poll();
		this.running = null;
		if (next != null) {
			start(next);
		}
	}

	/** The read of one selection and the requests waiting for it. */
	private static final class Read {

		final Selection selection;

		final boolean pinned;

		final long generation;

		final CompletableFuture<Network> result = new CompletableFuture<>();

		/** Guarded by the {@link Projections}. */
		int waiters;

		volatile boolean cancelled;

		Read(Selection selection, boolean pinned, long generation) {
			this.selection = selection;
			this.pinned = pinned;
			this.generation = generation;
		}

	}

}
