package org.oncograph.error;

/**
 * The one exception family of OncoGraph. Each subtype says what went wrong in words a user can act on;
 * {@link StartupFailureAnalyzer} turns startup failures into a single clear line, and the GraphQL layer
 * maps request failures to error types in one place.
 */
public abstract sealed class OncoGraphException extends RuntimeException
		permits OncoGraphException.Startup {

	protected OncoGraphException(String message, Throwable cause) {
		super(message, cause);
	}

	/** Bad configuration or an unusable database at startup; {@link #action()} says how to fix it. */
	public static final class Startup extends OncoGraphException {

		private final String action;

		public Startup(String message, String action, Throwable cause) {
			super(message, cause);
			this.action = action;
		}

		public String action() {
			return this.action;
		}

	}

}
