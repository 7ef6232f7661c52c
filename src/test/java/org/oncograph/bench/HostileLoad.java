package org.oncograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.oncograph.bench.Exchange.Outcome;
import org.oncograph.model.RelationKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile load of issue 20 (point 7): {@code bench.hostile.clients} anonymous
 * clients, each with its own {@code X-Forwarded-For} address (the app trusts the loopback
 * as a proxy), send for {@code bench.hostile.seconds} the most expensive requests the
 * limits allow, back to back: k = 10 paths with {@code maxHops: 8} between hubs, depth-3
 * neighborhoods with {@code maxDegree: null}, documents just under the complexity limit
 * that fan out over hubs, and whole-graph exports. Besides, 1,000 distinct analytics
 * selections ({@code brokers}, {@code communities}, {@code components} over as many
 * relation sets) are sent at an even pace over the run, each by the next client, without
 * waiting for the previous ones. A canary, one more anonymous client, asks
 * {@code person(id:)} every 100 ms. Every request has a client timeout and its body is
 * discarded as it streams. After the load stops (its clients go away), the canary is
 * asked until it answers normally, then for 10 s more.
 */
final class HostileLoad {

	/**
	 * Depth-3 neighbourhood through every entity, up to the largest view allowed.
	 */
	static final String NEIGHBORHOOD = """
			query Neighborhood($id: ID!) {
			  neighborhood(id: $id, depth: 3, maxDegree: null, limit: 500) {
			    truncated
			    nodes { id label type properties }
			    edges { id source target type label properties }
			  }
			}""";

	static final String PATHS = """
			query Paths($from: ID!, $to: ID!, $geo: Boolean!) {
			  collaborationPaths(from: $from, to: $to, k: 10, maxHops: 8, includeGeography: $geo) {
			    length
			    nodes { id name }
			    steps { relation role date explanation sources { evidence source { id } } }
			  }
			}""";

	static final String BROKERS = """
			query Brokers($relations: [RelationKind!], $geo: Boolean!) {
			  brokers(relations: $relations, includeGeography: $geo, first: 500) {
			    entity { id name } degree betweenness
			  }
			}""";

	static final String COMMUNITIES = """
			query Communities($relations: [RelationKind!], $geo: Boolean!) {
			  communities(relations: $relations, includeGeography: $geo, minSize: 2) {
			    size modularity
			  }
			}""";

	static final String COMPONENTS = """
			query Components($relations: [RelationKind!], $geo: Boolean!) {
			  components(relations: $relations, includeGeography: $geo) { size }
			}""";

	/**
	 * One hub institution's staff, each with every affiliation and event: 453 points by
	 * the limit's formula (a list without {@code first} counts 10 rows). The document
	 * repeats it over {@value #FAN_OUT_ALIASES} aliases, 19,932 points of the 20,000
	 * allowed (checked with graphql-java's QueryComplexityCalculator and the app's
	 * formula).
	 */
	private static final String FAN_OUT_FIELD = """
			  h%d: institution(id: "%s") {
			    name
			    people { role person { name affiliations { institution { name } } events { event { name } } } }
			  }
			""";

	static final int FAN_OUT_ALIASES = 44;

	static final int FAN_OUT_POINTS = FAN_OUT_ALIASES * 453;

	private static final String[] EXPORTS = { "/export/graph.graphml?includeGeography=true",
			"/export/graph.json?includeGeography=true", "/export/dump.json" };

	private static final String CANARY_ADDRESS = "10.255.255.254";

	private static final String WARM_UP_ADDRESS = "10.255.255.253";

	/** A canary answer later than this is a failure. */
	private static final Duration CANARY_LIMIT = Duration.ofSeconds(20);

	/** The canary's p99 target (issue 20). */
	static final double CANARY_P99_TARGET = 50;

	/** A canary answer after the load is normal when correct and at most this late. */
	private static final double NORMAL_MS = 50;

	/**
	 * Heap held back for the harness, let go at the first OutOfMemoryError so that the
	 * report can still be written.
	 */
	private static volatile byte[] reserve = new byte[32 << 20];

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final int clients;

	private final double seconds;

	private final int selectionCount;

	private final Duration timeout;

	private final List<String> institutionHubs;

	private final List<String> countryHubs;

	private final List<Map<String, Object>> canaryInstances;

	/** Client timeouts. */
	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2,
			Thread.ofPlatform().daemon().name("hostile-timer-", 0).factory());

	/**
	 * The canary, the analytics sender and the memory samples each on their own thread,
	 * so that none waits behind another when the JVM is busy.
	 */
	/**
	 * Thread dumps (virtual threads included) taken when a canary request is still
	 * unanswered after a second, to find where it waits:
	 * {@code -Dbench.hostile.stall-dumps=N} (none by default), written to
	 * {@code target/bench/hostile-stall-*.json}.
	 */
	private final AtomicInteger stallDumps = new AtomicInteger(Integer.getInteger("bench.hostile.stall-dumps", 0));

	private final ScheduledExecutorService stallTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hostile-stall").factory());

	private void dumpThreads(long sent) {
		try {
			var file = java.nio.file.Path.of(System.getProperty("bench.dir", "target/bench"),
					"hostile-stall-" + sent + ".json");
			java.nio.file.Files.deleteIfExists(file);
			java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
				.dumpThreads(file.toAbsolutePath().toString(),
						com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
			System.out.println("bench: hostile: canary sent at " + java.time.Instant.ofEpochMilli(sent)
					+ " unanswered after 1 s: threads in " + file);
		}
		catch (java.io.IOException | RuntimeException ex) {
			System.out.println("bench: hostile: no thread dump: " + ex);
		}
	}

	private final ScheduledExecutorService canaryTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hostile-canary").factory());

	private final ScheduledExecutorService analyticsTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hostile-analytics").factory());

	private final ScheduledExecutorService memoryTimer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("hostile-memory").factory());

	private final Map<String, ClassStats> classes = new LinkedHashMap<>();

	private final Set<CompletableFuture<Exchange.Result>> inFlight = ConcurrentHashMap.newKeySet();

	private final AtomicLong done = new AtomicLong();

	private final LogWatch logs = new LogWatch();

	private final MemorySeries memory = new MemorySeries();

	private volatile boolean stopping;

	private double gcSeconds = Double.NaN;

	HostileLoad(int port, int clients, double seconds, int selections, Duration timeout, List<String> institutionHubs,
			List<String> countryHubs, List<Map<String, Object>> canaryInstances) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.clients = clients;
		this.seconds = seconds;
		this.selectionCount = selections;
		this.timeout = timeout;
		this.institutionHubs = institutionHubs;
		this.countryHubs = countryHubs;
		this.canaryInstances = canaryInstances;
		for (String name : List.of("paths", "neighborhood", "fan-out", "export", "analytics")) {
			this.classes.put(name, new ClassStats());
		}
	}

	static String fanOutDocument(List<String> hubs, int offset) {
		var document = new StringBuilder("query FanOut {\n");
		for (int i = 0; i < FAN_OUT_ALIASES; i++) {
			document.append(FAN_OUT_FIELD.formatted(i, hubs.get((offset + i) % hubs.size())));
		}
		return document.append("}").toString();
	}

	/**
	 * Distinct analytics selections: every non-empty set of relation kinds is one network
	 * (LOCATED_IN asked either as a kind or as {@code includeGeography}), in a seeded
	 * random order, each with one of the three operations.
	 */
	static List<Map<String, Object>> selections(int count, long seed) {
		RelationKind[] kinds = RelationKind.values();
		List<Integer> masks = new ArrayList<>();
		for (int mask = 1; mask < (1 << kinds.length); mask++) {
			masks.add(mask);
		}
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = masks.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			masks.set(i, masks.set(j, masks.get(i)));
		}
		List<Map<String, Object>> selections = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			int mask = masks.get(n % masks.size());
			List<String> relations = new ArrayList<>();
			boolean geo = false;
			for (int k = 0; k < kinds.length; k++) {
				if ((mask & (1 << k)) != 0) {
					if (kinds[k] == RelationKind.LOCATED_IN && random.nextBoolean()) {
						geo = true;
					}
					else {
						relations.add(kinds[k].name());
					}
				}
			}
			if (relations.isEmpty()) {
				// LOCATED_IN alone: asked as a kind (an empty list means the default
				// set).
				relations.add(RelationKind.LOCATED_IN.name());
				geo = false;
			}
			Map<String, Object> selection = new LinkedHashMap<>();
			selection.put("operation", List.of("brokers", "communities", "components").get(n % 3));
			selection.put("relations", relations);
			selection.put("geo", geo);
			selections.add(selection);
		}
		return selections;
	}

	/** Runs the load and returns the report's markdown section. */
	String run() {
		this.logs.start();
		MemorySeries memory = this.memory;
		Canary canary = new Canary();
		var out = new StringBuilder();
		List<Map<String, Object>> selections = selections(this.selectionCount, 20);
		try {
			// The canary's stack warm (from another address, so that the canary's own
			// budget is untouched), then its latency on the idle app.
			Canary warm = new Canary(WARM_UP_ADDRESS);
			warm.closedLoop(Duration.ofSeconds(5));
			Canary idle = new Canary();
			idle.paced(Duration.ofSeconds(10));
			System.out.println("bench: hostile: idle canary " + idle.summary());
			this.logs.reset();
			long gcStart = gcMillis();
			memory.start(this.memoryTimer);
			long start = System.nanoTime();
			long end = start + (long) (this.seconds * 1e9);
			canary.startPaced(this.canaryTimer);
			List<Thread> threads = new ArrayList<>();
			List<HttpClient> httpClients = new ArrayList<>();
			for (int c = 0; c < this.clients; c++) {
				httpClients.add(newClient());
			}
			for (int c = 0; c < this.clients; c++) {
				int index = c;
				threads.add(Thread.ofPlatform()
					.name("hostile-" + c)
					.start(() -> closedLoop(index, httpClients.get(index), end)));
			}
			AtomicInteger sent = new AtomicInteger();
			long period = Math.max(1, (long) (this.seconds * 1e6 / Math.max(1, this.selectionCount)));
			var analytics = this.analyticsTimer.scheduleAtFixedRate(() -> {
				int n = sent.getAndIncrement();
				if (n >= selections.size() || System.nanoTime() >= end) {
					return;
				}
				Map<String, Object> selection = selections.get(n);
				String document = switch ((String) selection.get("operation")) {
					case "brokers" -> BROKERS;
					case "communities" -> COMMUNITIES;
					default -> COMPONENTS;
				};
				int client = n % this.clients;
				track("analytics",
						Exchange.send(httpClients.get(client),
								graphQl(document,
										Map.of("relations", selection.get("relations"), "geo", selection.get("geo")),
										address(client)),
								this.timeout, this.timer));
			}, 0, period, TimeUnit.MICROSECONDS);
			long lastPrint = start;
			while (System.nanoTime() < end) {
				sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
				if (System.nanoTime() - lastPrint >= 10_000_000_000L) {
					lastPrint = System.nanoTime();
					try {
						System.out.printf("bench: hostile: %.0f s, %,d done, %d in flight, canary %s, %s%n",
								(lastPrint - start) / 1e9, this.done.get(), this.inFlight.size(), canary.summary(),
								memory.last());
					}
					catch (Throwable ex) {
						// Out of memory: the load goes on, the report says so.
						this.logs.count(ex);
					}
				}
			}
			analytics.cancel(false);
			canary.stop();
			// The load stops: every hostile client goes away, whatever it was waiting
			// for.
			this.stopping = true;
			for (CompletableFuture<Exchange.Result> request : List.copyOf(this.inFlight)) {
				request.cancel(true);
			}
			for (Thread thread : threads) {
				thread.join(TimeUnit.SECONDS.toMillis(5));
			}
			long stopped = System.nanoTime();
			int analyticsSent = Math.min(sent.get(), selections.size());
			Recovery recovery = recover(stopped);
			Canary after = new Canary();
			after.paced(Duration.ofSeconds(10));
			// Canary requests of the load still waiting (at most 20 s) count for the
			// load.
			canary.awaitPending();
			memory.stop();
			this.gcSeconds = (gcMillis() - gcStart) / 1e3;
			for (HttpClient client : httpClients) {
				client.close();
			}
			out.append(section(idle, canary, recovery, after, memory, analyticsSent));
		}
		catch (Throwable ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			this.logs.count(ex);
			out.append("\n**The hostile run failed:** ").append(ex).append("\n");
			ex.printStackTrace();
		}
		finally {
			this.logs.stop();
		}
		return out.toString();
	}

	/** One hostile client: the expensive classes in turn, back to back until the end. */
	private void closedLoop(int index, HttpClient client, long end) {
		int turn = index;
		SplittableRandom random = new SplittableRandom(index);
		while (System.nanoTime() < end) {
			String name;
			HttpRequest request;
			int kind = turn++ % 4;
			String from = this.institutionHubs.get(random.nextInt(this.institutionHubs.size()));
			switch (kind) {
				case 0 -> {
					name = "paths";
					boolean countries = random.nextInt(3) == 0 && this.countryHubs.size() > 1;
					List<String> hubs = countries ? this.countryHubs : this.institutionHubs;
					String a = hubs.get(random.nextInt(hubs.size()));
					String b = hubs.get(random.nextInt(hubs.size()));
					while (b.equals(a)) {
						b = hubs.get(random.nextInt(hubs.size()));
					}
					request = graphQl(PATHS, Map.of("from", a, "to", b, "geo", countries), address(index));
				}
				case 1 -> {
					name = "neighborhood";
					List<String> hubs = (random.nextInt(3) == 0) ? this.countryHubs : this.institutionHubs;
					request = graphQl(NEIGHBORHOOD, Map.of("id", hubs.get(random.nextInt(hubs.size()))),
							address(index));
				}
				case 2 -> {
					name = "fan-out";
					request = graphQl(fanOutDocument(this.institutionHubs, random.nextInt(this.institutionHubs.size())),
							Map.of(), address(index));
				}
				default -> {
					name = "export";
					request = HttpRequest.newBuilder(this.base.resolve(EXPORTS[(turn / 4 + index) % EXPORTS.length]))
						.timeout(this.timeout)
						.header("X-Forwarded-For", address(index))
						.GET()
						.build();
				}
			}
			var future = Exchange.send(client, request, this.timeout, this.timer);
			track(name, future);
			Exchange.Result result;
			try {
				result = future.join();
			}
			catch (RuntimeException ex) {
				// Cancelled: the load stopped.
				return;
			}
			catch (Throwable ex) {
				this.logs.count(ex);
				continue;
			}
			if ((result.outcome() == Outcome.RATE_LIMITED || result.outcome() == Outcome.OVERLOADED)
					&& result.retryAfterSeconds() > 0) {
				// As many requests as the limits allow: the client waits as told (at most
				// 5 s).
				long wait = Math.min(TimeUnit.SECONDS.toNanos(Math.min(5, result.retryAfterSeconds())),
						end - System.nanoTime());
				sleep(Math.max(0, wait / 1_000_000));
			}
			else if (result.outcome() != Outcome.ANSWERED && result.millis() < 50) {
				// Refused at once without a Retry-After: not a busy loop on the shared
				// cores.
				sleep(100);
			}
		}
	}

	private void track(String name, CompletableFuture<Exchange.Result> future) {
		this.inFlight.add(future);
		if (this.stopping) {
			future.cancel(true);
		}
		ClassStats stats = this.classes.get(name);
		stats.sent.incrementAndGet();
		future.whenComplete((result, failure) -> {
			this.inFlight.remove(future);
			this.done.incrementAndGet();
			stats.add((failure != null) ? null : result);
		});
	}

	/** The canary asked every 100 ms until an answer is normal, from the load's end. */
	private Recovery recover(long stopped) {
		HttpClient client = newClient(CANARY_THREADS);
		int attempts = 0;
		try {
			while (System.nanoTime() - stopped < TimeUnit.SECONDS.toNanos(120)) {
				long t0 = System.nanoTime();
				attempts++;
				Exchange.Result result = Exchange
					.send(client,
							graphQl(BenchmarkSuite.PERSON,
									this.canaryInstances.get(attempts % this.canaryInstances.size()), CANARY_ADDRESS),
							CANARY_LIMIT, this.timer)
					.join();
				if (result.outcome() == Outcome.ANSWERED && result.millis() <= NORMAL_MS) {
					return new Recovery((System.nanoTime() - stopped) / 1e9, attempts, true);
				}
				sleep(Math.max(0, 100 - (System.nanoTime() - t0) / 1_000_000));
			}
			return new Recovery((System.nanoTime() - stopped) / 1e9, attempts, false);
		}
		finally {
			client.close();
		}
	}

	private record Recovery(double seconds, int attempts, boolean recovered) {
	}

	// --- the report
	// ------------------------------------------------------------------------------------------------

	private String section(Canary idle, Canary load, Recovery recovery, Canary after, MemorySeries memory,
			int analyticsSent) {
		var md = new StringBuilder();
		md.append("\n### Hostile load\n\n");
		md.append(String.format(
				"%d anonymous hostile clients (X-Forwarded-For 10.0.x.y, the loopback a trusted proxy) for %.0f s,"
						+ " client timeout %d s, bodies discarded as they stream; canary `person(id:)` every 100 ms"
						+ " from its own address (a failure: any non-200, any error, no answer within %d s)."
						+ " Hubs: institutions %s; countries %s. Fan-out document: %d aliases, %,d complexity points"
						+ " by the list-factor formula. Analytics: %,d distinct selections sent (%,d asked for),"
						+ " one every %.0f ms.%n%n",
				this.clients, this.seconds, this.timeout.toSeconds(), CANARY_LIMIT.toSeconds(),
				String.join(", ", this.institutionHubs.subList(0, Math.min(5, this.institutionHubs.size())))
						+ ((this.institutionHubs.size() > 5) ? " …" : ""),
				String.join(", ", this.countryHubs), FAN_OUT_ALIASES, FAN_OUT_POINTS, analyticsSent,
				this.selectionCount, this.seconds * 1000 / Math.max(1, this.selectionCount)));
		md.append(
				"| canary | requests | p50 ms | p99 ms | max ms | failures | outcomes |\n|---|---|---|---|---|---|---|\n");
		md.append(idle.row("idle, before the load"));
		md.append(load.row("under the hostile load"));
		md.append(after.row("the 10 s after the recovery probe"));
		md.append(String.format(
				"%nRecovery: %s after the load stopped (%d canary requests; normal = a correct answer"
						+ " within %.0f ms).%n%n",
				recovery.recovered() ? String.format("**%.1f s**", recovery.seconds())
						: String.format("**not within %.0f s**", recovery.seconds()),
				recovery.attempts(), NORMAL_MS));
		md.append("The canary's slowest requests under the load, by the time they were sent: ")
			.append(load.slowest(10))
			.append(".\n\n");
		md.append("| hostile class | sent |");
		for (Outcome outcome : Outcome.values()) {
			md.append(' ').append(outcome.label).append(" |");
		}
		md.append(" answered p50 / max ms | MB received |\n|---|---|");
		md.append("---|".repeat(Outcome.values().length)).append("---|---|\n");
		this.classes.forEach((name, stats) -> md.append(stats.row(name)));
		var details = new StringBuilder();
		this.classes.forEach((name, stats) -> stats.details(name, details));
		if (!details.isEmpty()) {
			md.append("\nErrors and refusals, most frequent first (digits as N):\n\n").append(details);
		}
		md.append(String.format(
				"%nMemory: peak heap in use **%,d MB** (max %,d MB), peak heap after a collection %,d MB, peak RSS"
						+ " **%,d MB**; OutOfMemoryError: **%s**; garbage collection %.1f s of the JVM's threads' time;"
						+ " log lines from the start of the load to the end of the recovery: %,d WARN, %,d ERROR.%n%n",
				memory.heapPeak(), Runtime.getRuntime().maxMemory() >> 20, memory.afterGcPeak(), memory.rssPeak(),
				(this.logs.oom.get() == 0) ? "none" : this.logs.oom.get() + " (" + this.logs.firstOom + ")",
				this.gcSeconds, this.logs.warn.get(), this.logs.error.get()));
		md.append(memory.table());
		md.append("\nTargets (issue 20):\n\n");
		target(md, "canary p99 under load", load.p99(), CANARY_P99_TARGET, "ms");
		target(md, "canary failures under load", load.failures(), 0, "");
		target(md, "recovery", recovery.recovered() ? recovery.seconds() : Double.POSITIVE_INFINITY, 5, "s");
		target(md, "peak RSS", memory.rssPeak(), 6144, "MB");
		target(md, "OutOfMemoryError", this.logs.oom.get(), 0, "");
		return md.toString();
	}

	private static void target(StringBuilder md, String what, double value, double bound, String unit) {
		md.append(String.format("- %s: %,.1f %s (target ≤ %,.0f) — **%s**%n", what, value, unit, bound,
				(value <= bound) ? "met" : "missed"));
	}

	/** The memory series, one row a second, as CSV. */
	void writeSeries(Path file) {
		this.memory.write(file);
	}

	// --- helpers
	// ---------------------------------------------------------------------------------------------------

	/** Collection time of every collector so far (G1: young, concurrent and old). */
	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
			.sum();
	}

	/**
	 * The clients' own threads: platform threads, not virtual ones. The app serves every
	 * request on virtual threads, and a client on virtual threads too would queue its
	 * work (reading the large answers it discards) on the same 16 carriers as the app's
	 * requests, so the canary would wait behind the load generator rather than behind the
	 * server (a thread dump under the load found about 90 of the harness's virtual
	 * threads queued for a carrier). Clients are remote in production; here they share
	 * the cores, as the OS schedules them, but not the app's scheduler.
	 */
	private static final java.util.concurrent.ExecutorService CLIENT_THREADS = Executors.newFixedThreadPool(4,
			Thread.ofPlatform().daemon().name("hostile-http-", 0).factory());

	/** The canary's, so that it never waits for a thread busy with a hostile answer. */
	private static final java.util.concurrent.ExecutorService CANARY_THREADS = Executors.newFixedThreadPool(2,
			Thread.ofPlatform().daemon().name("canary-http-", 0).factory());

	private static HttpClient newClient() {
		return newClient(CLIENT_THREADS);
	}

	private static HttpClient newClient(java.util.concurrent.Executor threads) {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(threads)
			.build();
	}

	private HttpRequest graphQl(String document, Map<String, Object> variables, String address) {
		String body = this.json.writeValueAsString(Map.of("query", document, "variables", variables));
		return HttpRequest.newBuilder(this.base.resolve("/graphql"))
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String address(int client) {
		return "10.0." + (client / 250) + "." + (client % 250 + 1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** The outcomes of one hostile class. */
	private static final class ClassStats {

		final AtomicInteger sent = new AtomicInteger();

		private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

		private final List<Long> answered = new ArrayList<>();

		private final Map<String, Integer> details = new LinkedHashMap<>();

		private long bytes;

		synchronized void add(Exchange.Result result) {
			Outcome outcome = (result == null) ? Outcome.CUT : result.outcome();
			this.counts.merge(outcome, 1, Integer::sum);
			if (result == null) {
				return;
			}
			this.bytes += result.bytes();
			if (outcome == Outcome.ANSWERED) {
				this.answered.add(result.nanos());
			}
			if (!result.detail().isEmpty()) {
				this.details.merge(result.detail(), 1, Integer::sum);
			}
		}

		synchronized String row(String name) {
			var row = new StringBuilder("| ").append(name).append(" | ").append(this.sent.get()).append(" |");
			for (Outcome outcome : Outcome.values()) {
				row.append(' ').append(this.counts.getOrDefault(outcome, 0)).append(" |");
			}
			long[] sorted = this.answered.stream().mapToLong(Long::longValue).sorted().toArray();
			row.append(sorted.length == 0 ? " - |"
					: String.format(" %,.0f / %,.0f |", percentile(sorted, 0.5), sorted[sorted.length - 1] / 1e6));
			row.append(String.format(" %,.1f |%n", this.bytes / 1e6));
			return row.toString();
		}

		synchronized void details(String name, StringBuilder out) {
			this.details.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(4)
				.forEach(entry -> out.append("- ")
					.append(name)
					.append(": ")
					.append(entry.getValue())
					.append(" × `")
					.append(entry.getKey().replace('`', '\'').replace('\n', ' '))
					.append("`\n"));
		}

	}

	/** The cheap request, from its own anonymous client. */
	private final class Canary {

		private final HttpClient client = newClient(CANARY_THREADS);

		private final String address;

		private final List<Long> latencies = new ArrayList<>();

		private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);

		/**
		 * When each request was sent (wall clock) and how long it took, to match with GC
		 * and app logs.
		 */
		private final List<long[]> sentAt = new ArrayList<>();

		Canary() {
			this(CANARY_ADDRESS);
		}

		Canary(String address) {
			this.address = address;
		}

		private final List<CompletableFuture<?>> pending = new ArrayList<>();

		private int failures;

		private int requests;

		private volatile java.util.concurrent.ScheduledFuture<?> schedule;

		private final AtomicInteger next = new AtomicInteger();

		/** Back to back for a while (warms the stack; nothing kept). */
		void closedLoop(Duration duration) {
			long end = System.nanoTime() + duration.toNanos();
			while (System.nanoTime() < end) {
				send().join();
			}
			synchronized (this) {
				this.latencies.clear();
				this.outcomes.clear();
				this.failures = 0;
				this.requests = 0;
			}
		}

		/** Every 100 ms for the duration, then until every answer is in. */
		void paced(Duration duration) {
			startPaced(HostileLoad.this.canaryTimer);
			sleep(duration.toMillis());
			stop();
			awaitPending();
		}

		void startPaced(ScheduledExecutorService timer) {
			this.schedule = timer.scheduleAtFixedRate(() -> {
				CompletableFuture<Exchange.Result> future = send();
				synchronized (this) {
					this.pending.add(future);
				}
			}, 0, 100, TimeUnit.MILLISECONDS);
		}

		void stop() {
			if (this.schedule != null) {
				this.schedule.cancel(false);
			}
		}

		void awaitPending() {
			List<CompletableFuture<?>> all;
			synchronized (this) {
				all = List.copyOf(this.pending);
			}
			CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(ex -> null).join();
		}

		private CompletableFuture<Exchange.Result> send() {
			var instance = HostileLoad.this.canaryInstances
				.get(this.next.getAndIncrement() % HostileLoad.this.canaryInstances.size());
			long sent = System.currentTimeMillis();
			CompletableFuture<Exchange.Result> exchange = Exchange
				.send(this.client, graphQl(BenchmarkSuite.PERSON, instance, this.address), CANARY_LIMIT,
						HostileLoad.this.timer)
				.whenComplete((result, failure) -> {
					synchronized (this) {
						this.requests++;
						this.outcomes.merge((failure != null) ? Outcome.CUT : result.outcome(), 1, Integer::sum);
						if (failure != null || result.outcome() != Outcome.ANSWERED
								|| result.nanos() > CANARY_LIMIT.toNanos()) {
							this.failures++;
						}
						long nanos = (failure != null) ? CANARY_LIMIT.toNanos() : result.nanos();
						this.latencies.add(nanos);
						this.sentAt.add(new long[] { sent, nanos });
					}
				});
			if (HostileLoad.this.stallDumps.get() > 0) {
				HostileLoad.this.stallTimer.schedule(() -> {
					if (!exchange.isDone() && HostileLoad.this.stallDumps.getAndDecrement() > 0) {
						dumpThreads(sent);
					}
				}, 1, TimeUnit.SECONDS);
			}
			return exchange;
		}

		synchronized long[] sorted() {
			return this.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		}

		synchronized int failures() {
			return this.failures;
		}

		double p99() {
			return percentile(sorted(), 0.99);
		}

		String summary() {
			long[] sorted = sorted();
			return String.format("%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failures", sorted.length,
					percentile(sorted, 0.5), percentile(sorted, 0.99), percentile(sorted, 1.0), failures());
		}

		String row(String phase) {
			long[] sorted = sorted();
			return String.format("| %s | %d | %.1f | %.1f | %.1f | %d | %s |%n", phase, sorted.length,
					percentile(sorted, 0.5), percentile(sorted, 0.99), percentile(sorted, 1.0), failures(), outcomes());
		}

		/** The slowest requests, each with the wall-clock time it was sent (UTC). */
		synchronized String slowest(int count) {
			return this.sentAt.stream()
				.sorted((a, b) -> Long.compare(b[1], a[1]))
				.limit(count)
				.map(s -> String.format("%s %,.0f ms", java.time.Instant.ofEpochMilli(s[0]), s[1] / 1e6))
				.collect(java.util.stream.Collectors.joining(", "));
		}

		private synchronized String outcomes() {
			var text = new StringBuilder();
			this.outcomes.forEach((outcome, count) -> text.append((text.isEmpty()) ? "" : ", ")
				.append(outcome.label)
				.append(' ')
				.append(count));
			return text.toString();
		}

	}

	/** Heap in use, heap after the last collection and RSS, every second. */
	private static final class MemorySeries {

		private final List<long[]> samples = new ArrayList<>();

		private long started;

		private java.util.concurrent.ScheduledFuture<?> schedule;

		void start(ScheduledExecutorService timer) {
			this.started = System.nanoTime();
			this.schedule = timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
		}

		void stop() {
			this.schedule.cancel(false);
			sample();
		}

		private void sample() {
			try {
				long afterGc = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
						afterGc += pool.getCollectionUsage().getUsed();
					}
				}
				long[] sample = { (System.nanoTime() - this.started) / 1_000_000_000L,
						ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, afterGc >> 20,
						MemorySampler.statusKb("VmRSS:") >> 10 };
				synchronized (this) {
					this.samples.add(sample);
				}
			}
			catch (Throwable ex) {
				// An OutOfMemoryError here is counted by the log watch; the series goes
				// on.
			}
		}

		synchronized String last() {
			if (this.samples.isEmpty()) {
				return "";
			}
			long[] s = this.samples.getLast();
			return String.format("heap %,d MB, RSS %,d MB", s[1], s[3]);
		}

		private synchronized long peak(int column) {
			return this.samples.stream().mapToLong(s -> s[column]).max().orElse(0);
		}

		long heapPeak() {
			return peak(1);
		}

		long afterGcPeak() {
			return peak(2);
		}

		long rssPeak() {
			return peak(3);
		}

		/** Every 10 s, each row the peaks of its 10 s. */
		synchronized String table() {
			var md = new StringBuilder("| t (s) | heap in use MB | heap after GC MB | RSS MB |\n|---|---|---|---|\n");
			Map<Long, long[]> rows = new LinkedHashMap<>();
			for (long[] s : this.samples) {
				rows.merge(s[0] / 10 * 10, Arrays.copyOf(s, 4), (a,
						b) -> new long[] { a[0], Math.max(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3]) });
			}
			rows.forEach((t, s) -> md.append(String.format("| %d | %,d | %,d | %,d |%n", t, s[1], s[2], s[3])));
			return md.toString();
		}

		synchronized void write(Path file) {
			var csv = new StringBuilder("seconds,heapMb,heapAfterGcMb,rssMb\n");
			this.samples.forEach(s -> csv.append(s[0])
				.append(',')
				.append(s[1])
				.append(',')
				.append(s[2])
				.append(',')
				.append(s[3])
				.append('\n'));
			try {
				Files.writeString(file, csv);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * Counts WARN and ERROR log lines, and every OutOfMemoryError logged or thrown out of
	 * a thread: the app runs in this JVM, so its log is ours.
	 */
	private static final class LogWatch extends AppenderBase<ILoggingEvent> {

		final AtomicLong warn = new AtomicLong();

		final AtomicLong error = new AtomicLong();

		final AtomicLong oom = new AtomicLong();

		volatile String firstOom = "";

		private Thread.UncaughtExceptionHandler previous;

		@Override
		public void start() {
			LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
			setContext(context);
			super.start();
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(this);
			this.previous = Thread.getDefaultUncaughtExceptionHandler();
			Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> {
				count(ex);
				if (this.previous != null) {
					this.previous.uncaughtException(thread, ex);
				}
			});
		}

		@Override
		public void stop() {
			((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
				.detachAppender(this);
			Thread.setDefaultUncaughtExceptionHandler(this.previous);
			super.stop();
		}

		void reset() {
			this.warn.set(0);
			this.error.set(0);
		}

		@Override
		protected void append(ILoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				this.error.incrementAndGet();
			}
			else if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
				this.warn.incrementAndGet();
			}
			String message = String.valueOf(event.getFormattedMessage());
			boolean oomLogged = message.contains("OutOfMemoryError");
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null
					&& !oomLogged; proxy = proxy.getCause()) {
				oomLogged = String.valueOf(proxy.getClassName()).contains("OutOfMemoryError")
						|| String.valueOf(proxy.getMessage()).contains("OutOfMemoryError");
			}
			if (oomLogged) {
				record("logged by " + event.getLoggerName());
			}
		}

		void count(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof OutOfMemoryError) {
					record("thrown: " + cause.getMessage());
					return;
				}
			}
		}

		private void record(String where) {
			// Room for the harness to finish its report.
			reserve = null;
			if (this.oom.getAndIncrement() == 0) {
				this.firstOom = where + " at " + Instant.now();
			}
		}

	}

}
