package org.oncograph.limits;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.oncograph.error.OncoGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bulkhead per kind of expensive {@link Work}: a few permits and a short queue. A
 * request takes its permits at once when they are free, waits in the queue at most
 * {@code queueWait} when it has room, and is otherwise refused at once with OVERLOADED,
 * instead of holding a thread and the database for the request timeout while cheaper
 * requests wait behind it.
 */
class Bulkheads {

	private static final Logger log = LoggerFactory.getLogger(Bulkheads.class);

	/**
	 * The most fields of one kind a request may ask for, on one permit: a view and its
	 * paths, or two neighbourhoods side by side, but not dozens of aliases.
	 */
	static final int FIELDS_PER_REQUEST = 3;

	private final Map<Work, Bulkhead> bulkheads = new EnumMap<>(Work.class);

	private final Semaphore expensive;

	private final int expensivePermits;

	private final Duration wait;

	Bulkheads(AdmissionProperties properties, MeterRegistry meters) {
		for (Work work : Work.values()) {
			this.bulkheads.put(work, new Bulkhead(work, properties.bulkhead(work), properties.queueWait(), meters));
		}
		this.expensivePermits = properties.expensivePermits();
		this.expensive = new Semaphore(this.expensivePermits, true);
		this.wait = properties.queueWait();
	}

	/**
	 * Takes a permit of this kind of work for a request with {@code count} such fields,
	 * then one of the permits all kinds share ({@code expensivePermits}: the cores the
	 * expensive work may fill at once), to be given back by closing the permit.
	 * @throws OncoGraphException.Refused OVERLOADED when it cannot be had within the
	 * queue's wait, or at once when the queue is full
	 * @throws OncoGraphException.BadRequest when one request asks for more than
	 * {@link #FIELDS_PER_REQUEST} such fields
	 */
	Permit enter(Work work, int count) {
		Bulkhead bulkhead = Objects.requireNonNull(this.bulkheads.get(work));
		Permit own = bulkhead.enter(count);
		try {
			if (!this.expensive.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS)) {
				own.close();
				throw bulkhead.overloaded("the " + this.expensivePermits
						+ " expensive requests that run at once, of every kind (ONCOGRAPH_EXPENSIVE_PERMITS), did not"
						+ " free one within " + this.wait.toMillis() + " ms");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			own.close();
			throw bulkhead.overloaded("the request was interrupted while waiting");
		}
		var released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				this.expensive.release();
				own.close();
			}
		};
	}

	/** Permits held by one request; closing gives them back (once). */
	interface Permit extends AutoCloseable {

		@Override
		void close();

	}

	private static final class Bulkhead {

		private final Work work;

		private final AdmissionProperties.Bulkhead limits;

		private final Duration wait;

		private final Semaphore permits;

		private final AtomicInteger waiting = new AtomicInteger();

		private final Counter refused;

		Bulkhead(Work work, AdmissionProperties.Bulkhead limits, Duration wait, MeterRegistry meters) {
			this.work = work;
			this.limits = limits;
			this.wait = wait;
			this.permits = new Semaphore(limits.permits(), true);
			Gauge.builder("oncograph.bulkhead.active", this.permits, p -> limits.permits() - p.availablePermits())
				.tag("work", work.setting())
				.description("Requests of this kind of work running")
				.register(meters);
			Gauge.builder("oncograph.bulkhead.waiting", this.waiting, AtomicInteger::get)
				.tag("work", work.setting())
				.description("Requests of this kind of work waiting for a permit")
				.register(meters);
			this.refused = Counter.builder("oncograph.bulkhead.refused")
				.tag("work", work.setting())
				.description("Requests of this kind of work refused with OVERLOADED")
				.register(meters);
		}

		Permit enter(int count) {
			if (count > FIELDS_PER_REQUEST) {
				throw new OncoGraphException.BadRequest(this.work.setting(),
						"This request asks for " + count + " fields of " + this.work.setting() + ", more than the "
								+ FIELDS_PER_REQUEST + " one request may hold: send them in separate requests.");
			}
			if (!this.permits.tryAcquire()) {
				if (this.waiting.incrementAndGet() > this.limits.queue()) {
					this.waiting.decrementAndGet();
					throw overloaded("its queue is full");
				}
				try {
					if (!this.permits.tryAcquire(this.wait.toNanos(), TimeUnit.NANOSECONDS)) {
						throw overloaded("no permit came free within " + this.wait.toMillis() + " ms");
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw overloaded("the request was interrupted while waiting");
				}
				finally {
					this.waiting.decrementAndGet();
				}
			}
			var released = new AtomicBoolean();
			return () -> {
				if (released.compareAndSet(false, true)) {
					this.permits.release();
				}
			};
		}

		OncoGraphException.Refused overloaded(String why) {
			this.refused.increment();
			log.info("Overloaded: a request for {} refused, {}", this.work.setting(), why);
			return new OncoGraphException.Refused(OncoGraphException.Refused.Reason.OVERLOADED,
					"The server is busy with " + this.work.setting() + ": " + this.limits.permits()
							+ " run at once and " + this.limits.queue() + " may wait (" + this.work.env()
							+ "_PERMITS, _QUEUE), and " + why + "; retry in a moment. Lookups, lists and search are"
							+ " not affected.",
					this.wait.isZero() ? Duration.ofSeconds(1) : this.wait);
		}

	}

}
