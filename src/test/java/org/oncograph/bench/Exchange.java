package org.oncograph.bench;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the hostile load and how it ended: sent asynchronously, its body read
 * and discarded as it streams (only the first {@value #HEAD} bytes are kept, to classify
 * the answer), cancelled by the client when it has not ended within its timeout, so that
 * neither a slow answer nor a 400 MB export can hold the harness.
 */
final class Exchange {

	/** Bytes of the body kept to classify it (GraphQL puts {@code errors} first). */
	static final int HEAD = 64 * 1024;

	private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Pattern MESSAGE = Pattern.compile("\"(?:message|detail|error)\"\\s*:\\s*\"([^\"]{0,160})");

	/** How a request ended, as the report counts it. */
	enum Outcome {

		/** HTTP 200 with data and no error. */
		ANSWERED("answered"),
		/** HTTP 429 or a GraphQL error classified {@code RATE_LIMITED}. */
		RATE_LIMITED("429"),
		/** HTTP 503 (or {@code OVERLOADED}) that is not a timeout. */
		OVERLOADED("503"),
		/**
		 * A GraphQL error classified {@code TIMEOUT}, or a 503 whose body says TIMEOUT.
		 */
		TIMEOUT("TIMEOUT"),
		/** Any other status or error. */
		ERROR("other error"),
		/** No complete answer within the client's timeout. */
		CLIENT_TIMEOUT("client timeout"),
		/** Still running when the load stopped (the client went away). */
		CUT("cut at the end");

		final String label;

		Outcome(String label) {
			this.label = label;
		}

	}

	/**
	 * The end of one request.
	 *
	 * @param outcome its class
	 * @param status the HTTP status, 0 when there was none
	 * @param nanos from sending to the end of the body (or the failure)
	 * @param bytes body bytes received
	 * @param retryAfterSeconds the {@code Retry-After} header, -1 when absent
	 * @param detail a short normalized message for errors, empty otherwise
	 */
	record Result(Outcome outcome, int status, long nanos, long bytes, long retryAfterSeconds, String detail) {

		double millis() {
			return this.nanos / 1e6;
		}

	}

	private Exchange() {
	}

	/**
	 * Sends the request; the future completes with its result (never exceptionally). The
	 * client cancels the exchange (closing the connection) after {@code timeout}.
	 */
	static CompletableFuture<Result> send(HttpClient client, HttpRequest request, Duration timeout,
			ScheduledExecutorService timer) {
		long t0 = System.nanoTime();
		CompletableFuture<HttpResponse<Body>> response;
		try {
			response = client.sendAsync(request,
					info -> HttpResponse.BodySubscribers.fromSubscriber(new Body(), body -> body));
		}
		catch (RuntimeException ex) {
			return CompletableFuture.completedFuture(new Result(Outcome.ERROR, 0, System.nanoTime() - t0, 0, -1,
					"not sent: " + ex.getClass().getSimpleName()));
		}
		var cancel = timer.schedule(() -> response.cancel(true), timeout.toMillis(), TimeUnit.MILLISECONDS);
		CompletableFuture<Result> result = response.handle((answer, failure) -> {
			cancel.cancel(false);
			long nanos = System.nanoTime() - t0;
			if (failure != null) {
				Throwable cause = unwrap(failure);
				if (cause instanceof CancellationException || cause instanceof HttpTimeoutException) {
					return new Result(Outcome.CLIENT_TIMEOUT, 0, nanos, 0, -1, "");
				}
				return new Result(Outcome.ERROR, 0, nanos, 0, -1, "I/O: " + cause);
			}
			return classify(answer, nanos);
		});
		// Whoever cancels the result (the load stopping) cancels the exchange too.
		result.whenComplete((r, failure) -> {
			if (failure != null) {
				response.cancel(true);
			}
		});
		return result;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof java.util.concurrent.ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static Result classify(HttpResponse<Body> response, long nanos) {
		Body body = response.body();
		int status = response.statusCode();
		long retryAfter = response.headers()
			.firstValue("Retry-After")
			.map(value -> parseLong(value.trim()))
			.orElse(-1L);
		String head = body.head();
		Set<String> classifications = new LinkedHashSet<>();
		Matcher matcher = CLASSIFICATION.matcher(head);
		while (matcher.find()) {
			classifications.add(matcher.group(1));
		}
		boolean errors = head.startsWith("{\"errors\"") || head.contains("\"errors\":[{");
		Outcome outcome;
		if (status == 429 || classifications.contains("RATE_LIMITED")) {
			outcome = Outcome.RATE_LIMITED;
		}
		else if (classifications.contains("TIMEOUT") || (status == 503 && head.contains("TIMEOUT"))) {
			outcome = Outcome.TIMEOUT;
		}
		else if (status == 503 || classifications.contains("OVERLOADED")) {
			outcome = Outcome.OVERLOADED;
		}
		else if (status == 200 && !errors && body.error == null) {
			outcome = Outcome.ANSWERED;
		}
		else {
			outcome = Outcome.ERROR;
		}
		String detail = "";
		if (outcome == Outcome.ERROR || outcome == Outcome.OVERLOADED) {
			Matcher message = MESSAGE.matcher(head);
			String text = message.find() ? message.group(1)
					: (body.error != null) ? "body: " + body.error : head.substring(0, Math.min(100, head.length()));
			detail = status + " " + String.join(",", classifications) + " "
					+ text.replaceAll("[0-9]+", "N").replaceAll("'[^']*'", "'…'");
		}
		return new Result(outcome, status, nanos, body.bytes, retryAfter, detail.strip());
	}

	private static long parseLong(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * Reads the body as it streams, keeping its first {@value #HEAD} bytes and counting
	 * the rest.
	 */
	static final class Body implements Flow.Subscriber<List<ByteBuffer>> {

		private final ByteArrayOutputStream head = new ByteArrayOutputStream();

		private Flow.Subscription subscription;

		private volatile long bytes;

		private volatile String error;

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			long n = this.bytes;
			for (ByteBuffer buffer : buffers) {
				int remaining = buffer.remaining();
				n += remaining;
				int keep = Math.min(remaining, HEAD - this.head.size());
				if (keep > 0) {
					byte[] bytes = new byte[keep];
					buffer.get(bytes);
					this.head.write(bytes, 0, keep);
				}
			}
			this.bytes = n;
			this.subscription.request(1);
		}

		@Override
		public void onError(Throwable throwable) {
			this.error = String.valueOf(throwable);
		}

		@Override
		public void onComplete() {
		}

		String head() {
			return this.head.toString(StandardCharsets.UTF_8);
		}

	}

}
