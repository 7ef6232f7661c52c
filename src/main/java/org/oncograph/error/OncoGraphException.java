package org.oncograph.error;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The one exception family of OncoGraph. Each subtype says what went wrong in words a
 * user can act on; {@link StartupFailureAnalyzer} turns startup failures into a single
 * clear line, and the GraphQL layer maps request failures to error types in one place.
 */
public abstract sealed class OncoGraphException extends RuntimeException
		permits OncoGraphException.Startup, OncoGraphException.NotFound, OncoGraphException.BadRequest,
		OncoGraphException.TimedOut, OncoGraphException.Refused {

	protected OncoGraphException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

	protected OncoGraphException(String message) {
		super(message);
	}

	/** The message each one is made with, never null. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

	/**
	 * Bad configuration or an unusable database at startup; {@link #action()} says how to
	 * fix it.
	 */
	public static final class Startup extends OncoGraphException {

		private final String action;

		public Startup(String message, String action, @Nullable Throwable cause) {
			super(message, cause);
			this.action = action;
		}

		public String action() {
			return this.action;
		}

	}

	/** A request names an id that is not in the graph (or not of the kind asked for). */
	public static final class NotFound extends OncoGraphException {

		private final String id;

		public NotFound(String id, String what) {
			super("No " + what + " with id '" + id + "'.");
			this.id = id;
		}

		public String id() {
			return this.id;
		}

	}

	/**
	 * A request argument is out of its allowed range or malformed; the message names it
	 * and what is allowed.
	 */
	public static final class BadRequest extends OncoGraphException {

		private final String argument;

		public BadRequest(String argument, String message) {
			super(message);
			this.argument = argument;
		}

		public String argument() {
			return this.argument;
		}

	}

	/**
	 * A computation did not finish within the time a request may take and was stopped;
	 * the message says what was done, whether asking again continues it, and how to ask
	 * for less.
	 */
	public static final class TimedOut extends OncoGraphException {

		private final String field;

		public TimedOut(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

	/**
	 * A valid request the server will not take now: its client spent its budget
	 * ({@link Reason#RATE_LIMITED}) or the work it asks for is at its concurrency limit
	 * ({@link Reason#OVERLOADED}). The message names the setting that governs it;
	 * {@link #retryAfter()} says when asking again can succeed.
	 */
	public static final class Refused extends OncoGraphException {

		/** Why, with the HTTP status that says so. */
		public enum Reason {

			/** The client's budget of points is spent: 429. */
			RATE_LIMITED(429),

			/** Every permit for this kind of work is taken and its queue is full: 503. */
			OVERLOADED(503);

			private final int status;

			Reason(int status) {
				this.status = status;
			}

			public int status() {
				return this.status;
			}

		}

		private final Reason reason;

		private final Duration retryAfter;

		public Refused(Reason reason, String message, Duration retryAfter) {
			super(message);
			this.reason = reason;
			this.retryAfter = retryAfter;
		}

		public Reason reason() {
			return this.reason;
		}

		public Duration retryAfter() {
			return this.retryAfter;
		}

		/**
		 * {@link #retryAfter()} in whole seconds, at least one, for {@code Retry-After}.
		 */
		public long retryAfterSeconds() {
			return seconds(this.retryAfter);
		}

		/**
		 * A wait in whole seconds, rounded up, at least one: what {@code Retry-After}
		 * says.
		 */
		public static long seconds(Duration wait) {
			return Math.max(1, (wait.toMillis() + 999) / 1000);
		}

	}

}
