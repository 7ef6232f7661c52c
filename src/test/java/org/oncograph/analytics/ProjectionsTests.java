package org.oncograph.analytics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.entity.City;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bounds of {@link Projections}, with a loader that makes networks of a known weight
 * instead of reading Neo4j: the cache's weight, the pinned default, the read queue and
 * the cancellation of reads nobody waits for.
 */
@Tag("rules")
class ProjectionsTests {

	static final Projections.Selection PINNED = new Projections.Selection(List.of("AFFILIATED_WITH"), false);

	/** Entities of each network the loader makes: 100 × 1,000 bytes. */
	static final int ENTITIES = 100;

	static final Duration LONG = Duration.ofSeconds(30);

	final Map<Projections.Selection, AtomicInteger> loads = new ConcurrentHashMap<>();

	final List<Projections.Selection> order = new CopyOnWriteArrayList<>();

	@Test
	void keepsNoMoreThanTheMaximumWeightOfProjections() {
		long one = network().estimatedBytes();
		Projections projections = projections(DataSize.ofBytes(one * 5 / 2), 2, this::loadAtOnce);
		for (int i = 0; i < 6; i++) {
			projections.get(selection(i), Deadline.after(LONG), "test");
			assertThat(projections.keptBytes()).as("after %d reads", i + 1).isLessThanOrEqualTo(one * 5 / 2);
		}
		// Asked again, the six cannot all be kept: some are read again.
		for (int i = 0; i < 6; i++) {
			projections.get(selection(i), Deadline.after(LONG), "test");
		}
		assertThat(this.loads.values().stream().mapToInt(AtomicInteger::get).sum()).isGreaterThan(6);
		assertThat(projections.keptBytes()).isLessThanOrEqualTo(one * 5 / 2);
	}

	@Test
	void thePinnedSelectionIsKeptBesideTheCacheAndNeverEvicted() {
		Projections projections = projections(DataSize.ofBytes(0), 2, this::loadAtOnce);
		Network pinned = projections.get(PINNED, Deadline.after(LONG), "test");
		for (int i = 0; i < 20; i++) {
			projections.get(selection(i), Deadline.after(LONG), "test");
		}
		assertThat(projections.get(PINNED, Deadline.after(LONG), "test")).isSameAs(pinned);
		assertThat(this.loads.get(PINNED)).hasValue(1);
		// With no cache weight, the others are read each time.
		projections.get(selection(0), Deadline.after(LONG), "test");
		assertThat(this.loads.get(selection(0))).hasValue(2);
		assertThat(projections.keptBytes()).isEqualTo(pinned.estimatedBytes());
		// Until the graph changes.
		projections.invalidate();
		assertThat(projections.keptBytes()).isZero();
		projections.get(PINNED, Deadline.after(LONG), "test");
		assertThat(this.loads.get(PINNED)).hasValue(2);
	}

	@Test
	void aSelectionThatCannotWaitForItsReadIsRefusedAtOnceButThePinnedOneWaitsFirst() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		Projections projections = projections(DataSize.ofMegabytes(1), 1, (selection, cancelled) -> {
			await(release);
			return loadAtOnce(selection, cancelled);
		});
		CompletableFuture<Network> first = ask(projections, selection(1));
		awaitUntil(projections::reading);
		CompletableFuture<Network> second = ask(projections, selection(2));
		awaitUntil(() -> projections.waitingReads() == 1);

		long started = System.nanoTime();
		assertThatExceptionOfType(OncoGraphException.Refused.class)
			.isThrownBy(() -> projections.get(selection(3), Deadline.after(LONG), "brokers"))
			.satisfies(ex -> assertThat(ex.reason()).isEqualTo(OncoGraphException.Refused.Reason.OVERLOADED))
			.withMessageContaining("cannot be read now: another network is being read and 1 more are waiting")
			.withMessageContaining("ONCOGRAPH_ANALYTICS_READ_QUEUE");
		assertThat(System.nanoTime() - started).as("refused at once").isLessThan(TimeUnit.SECONDS.toNanos(1));
		// A selection already waiting is joined, not refused; the pinned one goes first.
		CompletableFuture<Network> again = ask(projections, selection(2));
		CompletableFuture<Network> pinned = ask(projections, PINNED);
		awaitUntil(() -> projections.waitingReads() == 2);

		release.countDown();
		assertThat(List.of(first, second, again, pinned))
			.allSatisfy(future -> assertThat(future.get(10, TimeUnit.SECONDS)).isNotNull());
		assertThat(this.loads.get(selection(2))).hasValue(1);
		assertThat(this.order).containsExactly(selection(1), PINNED, selection(2));
	}

	@Test
	void aReadEveryRequestGaveUpOnStopsUnlessItIsThePinnedOne() throws Exception {
		AtomicInteger pages = new AtomicInteger();
		Projections projections = projections(DataSize.ofMegabytes(1), 2, (selection, cancelled) -> {
			for (int page = 0; page < 500; page++) {
				if (cancelled.getAsBoolean()) {
					throw new CancellationException();
				}
				pages.incrementAndGet();
				sleep(2);
			}
			return loadAtOnce(selection, cancelled);
		});
		assertThatExceptionOfType(OncoGraphException.TimedOut.class)
			.isThrownBy(() -> projections.get(selection(1), Deadline.after(Duration.ofMillis(50)), "brokers"))
			.withMessageContaining("was not read within 50 ms, so its reading stopped");
		awaitUntil(() -> !projections.reading());
		int stoppedAt = pages.get();
		assertThat(stoppedAt).as("pages read before the read stopped").isLessThan(250);
		sleep(50);
		assertThat(pages.get()).isEqualTo(stoppedAt);
		assertThat(this.loads).doesNotContainKey(selection(1));

		// The pinned read goes on for the next request, which finds it kept.
		assertThatExceptionOfType(OncoGraphException.TimedOut.class)
			.isThrownBy(() -> projections.get(PINNED, Deadline.after(Duration.ofMillis(50)), "brokers"))
			.withMessageContaining("is still being read from the database after 50 ms");
		awaitUntil(() -> !projections.reading());
		assertThat(pages.get() - stoppedAt).isEqualTo(500);
		assertThat(this.loads.get(PINNED)).hasValue(1);
		projections.get(PINNED, Deadline.after(Duration.ofMillis(50)), "brokers");
		assertThat(this.loads.get(PINNED)).hasValue(1);
	}

	Projections projections(DataSize maxWeight, int queue, Projections.Loader loader) {
		return new Projections(loader, PINNED, maxWeight, queue);
	}

	Network loadAtOnce(Projections.Selection selection, BooleanSupplier cancelled) {
		this.order.add(selection);
		this.loads.computeIfAbsent(selection, s -> new AtomicInteger()).incrementAndGet();
		return network();
	}

	static Projections.Selection selection(int i) {
		return new Projections.Selection(List.of("T" + i), false);
	}

	static Network network() {
		Map<String, Entity> entities = new LinkedHashMap<>();
		for (int i = 0; i < ENTITIES; i++) {
			String id = "city:c" + i;
			entities.put(id, new City(id, id, id, List.of(), List.of(), Map.of()));
		}
		return new Network(List.of("T"), entities, List.of());
	}

	static CompletableFuture<Network> ask(Projections projections, Projections.Selection selection) {
		return CompletableFuture.supplyAsync(() -> projections.get(selection, Deadline.after(LONG), "test"),
				task -> Thread.ofVirtual().start(task));
	}

	static void awaitUntil(Supplier<Boolean> condition) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.get()) {
			assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(until);
			Thread.sleep(5);
		}
	}

	static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
