package org.oncograph.analytics;

import java.time.Duration;

/**
 * When a request's analysis must stop: its time budget from when it started, or sooner if
 * its thread is interrupted.
 */
record Deadline(long startedNanos, Duration budget) {

	static Deadline after(Duration budget) {
		return new Deadline(System.nanoTime(), budget);
	}

	static Deadline none() {
		return new Deadline(System.nanoTime(), Duration.ofDays(365));
	}

	long remainingNanos() {
		return this.budget.toNanos() - (System.nanoTime() - this.startedNanos);
	}

	boolean passed() {
		return remainingNanos() <= 0 || Thread.currentThread().isInterrupted();
	}

	/** The budget in words, for messages: "10 s", "250 ms". */
	String budgetText() {
		long millis = this.budget.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

}
