package org.oncograph.analytics;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.version.GraphVersionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes the default {@code brokers} (every relation kind, no geography) in the
 * background once the app is ready and again after every write, so that the first request
 * finds the answer instead of a series of TIMEOUT errors while the network is read and
 * sampled (BENCHMARKS.md, fix 12); after a write on any replica, as the graph's version
 * moves ({@link GraphVersionChanged}). It asks exactly as a request does, one time budget
 * after another, so a request arriving meanwhile waits at most one budget for its turn
 * and carries the work on; the work done is shared. One warm-up at a time: a write during
 * one queues the next. {@code oncograph.analytics.warm-up=false} turns it off.
 */
@Component
class BrokersWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BrokersWarmUp.class);

	private final NetworkAnalytics analytics;

	private final boolean enabled;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofVirtual().name("brokers-warm-up").factory());

	private final AtomicBoolean queued = new AtomicBoolean();

	private volatile @Nullable Future<?> last;

	BrokersWarmUp(NetworkAnalytics analytics, AnalyticsProperties properties) {
		this.analytics = analytics;
		this.enabled = properties.warmUp();
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		start("startup");
	}

	/**
	 * After the caches are dropped ({@link CollaborationNetworks#graphChanged}, which
	 * runs first).
	 */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void graphChanged(GraphVersionChanged change) {
		start("version " + change.version());
	}

	/** Waits until the warm-ups started so far are done (for tests). */
	boolean awaitIdle(long timeout, TimeUnit unit) throws Exception {
		Future<?> running = this.last;
		if (running == null) {
			return true;
		}
		running.get(timeout, unit);
		return true;
	}

	private void start(String reason) {
		if (this.enabled && this.queued.compareAndSet(false, true)) {
			this.last = this.executor.submit(() -> warmUp(reason));
		}
	}

	private void warmUp(String reason) {
		this.queued.set(false);
		long started = System.nanoTime();
		int budgets = 0;
		while (!Thread.currentThread().isInterrupted()) {
			budgets++;
			try {
				this.analytics.brokers(new NetworkFilter(null, null, false, 1, null));
				log.info("Brokers ready (after {}): {} ms in the background, {} time budget(s)", reason,
						(System.nanoTime() - started) / 1_000_000, budgets);
				return;
			}
			catch (OncoGraphException.TimedOut ex) {
				// The budget passed with the work kept: carry on in the next one.
			}
			catch (RuntimeException ex) {
				log.warn("Brokers warm-up (after {}) stopped: {}", reason, ex.getMessage());
				return;
			}
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
