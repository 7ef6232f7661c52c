package org.oncograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;
import org.oncograph.OncoGraphApplication;
import org.oncograph.generator.GenerationPlan;
import org.oncograph.generator.GenerationSummary;
import org.oncograph.generator.GraphGenerator;
import org.oncograph.version.ChangeLog;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark: loads a synthetic graph of the scale asked for into a fresh embedded
 * store (or reuses the store made earlier for the same scale and seed), starts the app on
 * it, and for each workload measures GraphQL end to end over HTTP and the same Cypher
 * statements through the Java driver, at concurrency 1 and 8, with PROFILE db hits, heap
 * and resident memory. Writes {@code target/bench/results-scale-<scale>.md}. Run it with
 * {@code ./mvnw -B -ntp -Pbench verify -Dbench.scale=1} (see BENCHMARKS.md).
 */
public final class BenchmarkSuite {

	private static final String MARKER = "generated.properties";

	/**
	 * How long the client waits for one GraphQL answer of a workload (the app stops its
	 * statements at 10 s).
	 */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

	private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));

	private final long seed = Long.getLong("bench.seed", 42);

	private final double seconds = Double.parseDouble(System.getProperty("bench.seconds", "8"));

	private final int instanceCount = Integer.getInteger("bench.instances", 30);

	private final double jitSeconds = Double.parseDouble(System.getProperty("bench.jit-seconds", "30"));

	private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));

	private final String pageCache = System.getProperty("bench.pagecache", "2GB");

	private final List<String> only = List.of(System.getProperty("bench.workloads", "").split(","))
		.stream()
		.filter(s -> !s.isBlank())
		.toList();

	private final long analyticsTimeout = Long.getLong("bench.analytics-timeout", 300);

	private final StatementRecorder recorder = new StatementRecorder();

	private final MemorySampler memory = new MemorySampler();

	private final SplittableRandom random = new SplittableRandom(Long.getLong("bench.seed", 42) + 1);

	private final Report report = new Report();

	private GenerationPlan plan = GenerationPlan.of(1, 42);

	private Driver driver;

	private SessionConfig session;

	private GraphQlClient graphQl;

	public static void main(String[] args) throws Exception {
		int status = 0;
		try {
			new BenchmarkSuite().run();
		}
		catch (Throwable ex) {
			ex.printStackTrace();
			status = 1;
		}
		// Also ends whatever an analytics request that timed out is still computing.
		System.exit(status);
	}

	private void run() throws IOException {
		this.plan = GenerationPlan.of(this.scale, this.seed);
		this.report.line("Started " + Instant.now() + ", load average " + loadAverage() + ", " + machine());
		Path store = this.dir.resolve("store-scale-" + this.scale + "-seed-" + this.seed).toAbsolutePath();
		Path marker = store.resolve(MARKER);
		boolean reuse = Files.exists(marker);
		if (!reuse && Files.exists(store)) {
			deleteTree(store);
		}
		Files.createDirectories(store);
		long startedApp = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--oncograph.embedded.data-dir=" + store,
				"--oncograph.embedded.bolt-port=0", "--oncograph.embedded.page-cache=" + this.pageCache,
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.oncograph=INFO",
				// Off unless asked for: a background computation would share the cores
				// with the measurements.
				"--oncograph.analytics.warm-up=" + Boolean.getBoolean("bench.warm-up"),
				// Every client of the hostile load sends X-Forwarded-For through the
				// loopback: one client each for the rate limits.
				"--oncograph.admission.trusted-proxies=127.0.0.1,::1",
				// The workloads repeat their instances: off unless asked for
				// (-Dbench.response-cache=true), every request is run, as before the
				// cache.
				"--oncograph.response-cache.enabled=" + Boolean.getBoolean("bench.response-cache")));
		if (!this.only.contains("hostile")) {
			// The speed workloads are one client at concurrency 8: admission runs (its
			// cost is measured) but refuses nothing.
			arguments.addAll(List.of("--oncograph.admission.anonymous.points=1000000000000",
					"--oncograph.admission.anonymous.points-per-second=1000000000"));
			for (String work : List.of("paths", "neighborhoods", "analytics", "subgraphs", "exports", "large")) {
				arguments.add("--oncograph.admission." + work + ".permits=64");
			}
			arguments.add("--oncograph.admission.expensive-permits=1000");
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OncoGraphApplication.class)
			.initializers(context -> context.getBeanFactory().addBeanPostProcessor(this.recorder))
			// As arguments, which override application.properties (default properties do
			// not).
			.run(arguments.toArray(String[]::new));
		this.report.line(String.format("App started in %.1f s on store %s (page cache %s, max heap %d MB)",
				(System.nanoTime() - startedApp) / 1e9, store, this.pageCache,
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		this.driver = this.recorder.driver();
		this.session = SessionConfig
			.forDatabase(app.getEnvironment().getProperty("spring.data.neo4j.database", "neo4j"));
		this.graphQl = new GraphQlClient(
				Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8080")));
		Properties generated = new Properties();
		if (reuse) {
			try (var in = Files.newInputStream(marker)) {
				generated.load(in);
			}
			this.report.line("Reused the store generated earlier: " + generated.getProperty("summary"));
		}
		else {
			GenerationSummary summary = GraphGenerator.generate(this.driver, this.session, this.plan,
					line -> System.out.println(line), app.getBean(ChangeLog.class).recorder());
			generated.setProperty("summary", summary.toString());
			generated.setProperty("relationshipsPerSecond", String.format("%.0f", summary.relationshipsPerSecond()));
			generated.setProperty("loadAverage", loadAverage());
			try (var out = Files.newOutputStream(marker)) {
				generated.store(out, "OncoGraph benchmark store");
			}
			this.report.line("Generated now: " + summary + "; load average " + loadAverage());
		}
		this.report.loading(generated.getProperty("summary"), generated.getProperty("relationshipsPerSecond"),
				generated.getProperty("loadAverage"), sizeMb(store));
		List<Workload> all = workloads();
		List<Workload> selected = all.stream()
			.filter(workload -> this.only.isEmpty() || this.only.contains(workload.name()))
			.toList();
		warmUp(selected);
		for (Workload workload : selected) {
			this.report.add(measure(workload));
			this.report.write(this.dir.resolve("results-scale-" + this.scale + ".md"), this.scale);
		}
		if (this.only.isEmpty() || this.only.contains("brokers")) {
			analytics();
		}
		// Only when named: it fills the caches and may take the app down.
		if (this.only.contains("hostile")) {
			hostile(all.stream().filter(w -> w.name().equals("person-by-id")).findFirst().orElseThrow(),
					Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "8080")),
					activeRequests(app.getBean(MeterRegistry.class)));
		}
		this.report.line("Finished " + Instant.now() + ", load average " + loadAverage() + ", peak RSS (VmHWM) "
				+ MemorySampler.statusKb("VmHWM:") / 1024 + " MB");
		Path out = this.dir.resolve("results-scale-" + this.scale + ".md");
		this.report.write(out, this.scale);
		System.out.println(Files.readString(out));
	}

	// --- workloads
	// ------------------------------------------------------------------------------------------------

	private List<Workload> workloads() {
		List<String> people = ids(this.instanceCount, this.plan.firstIslandPerson(), GenerationPlan::personId);
		Map<String, String[]> names = names(people);
		List<Map<String, Object>> cyrillic = new ArrayList<>();
		List<Map<String, Object>> latin = new ArrayList<>();
		List<Map<String, Object>> typo = new ArrayList<>();
		int n = 0;
		for (String[] name : names.values()) {
			String surname = name[0].substring(name[0].indexOf(' ') + 1);
			String surnameEn = name[1].substring(name[1].indexOf(' ') + 1);
			// Every other Cyrillic query in another case form (Каприна for Каприн), as
			// users type.
			cyrillic.add(Map.of("text", (n++ % 2 == 0) ? name[0] : surname + (surname.endsWith("а") ? "" : "а")));
			latin.add(Map.of("text", surnameEn));
			int at = surname.length() / 2;
			char replacement = (surname.charAt(at) == 'о') ? 'а' : 'о';
			typo.add(Map.of("text", surname.substring(0, at) + replacement + surname.substring(at + 1)));
		}
		List<Map<String, Object>> byId = people.stream().map(id -> Map.<String, Object>of("id", id)).toList();
		List<Map<String, Object>> cities = ids(this.instanceCount, this.plan.cities(),
				i -> GenerationPlan.id("city", i))
			.stream()
			.map(id -> Map.<String, Object>of("city", id))
			.toList();
		List<Map<String, Object>> connected = new ArrayList<>();
		List<Map<String, Object>> unconnected = new ArrayList<>();
		for (int i = 0; i < this.instanceCount; i++) {
			String a = GenerationPlan.personId(this.random.nextInt(this.plan.firstIslandPerson()));
			String b = GenerationPlan.personId(this.random.nextInt(this.plan.firstIslandPerson()));
			if (!a.equals(b)) {
				connected.add(Map.of("from", a, "to", b));
			}
			String island = GenerationPlan.personId(this.plan.firstIslandPerson()
					+ this.random.nextInt(this.plan.people() - this.plan.firstIslandPerson()));
			unconnected.add(Map.of("from", a, "to", island));
		}
		List<Map<String, Object>> fragments = fragments(
				ids(this.instanceCount, this.plan.institutions(), i -> GenerationPlan.id("institution", i)));
		return List.of(new Workload("search-cyrillic", SEARCH, cyrillic, 20.0),
				new Workload("search-latin", SEARCH, latin, 20.0), new Workload("search-typo", SEARCH, typo, 20.0),
				new Workload("person-by-id", PERSON, byId, 15.0), new Workload("institutions-page", LIST, cities, null),
				new Workload("institutions-name-contains", NAME_CONTAINS, fragments, null),
				new Workload("neighborhood-1", NEIGHBORHOOD, with(byId, "depth", 1), null),
				new Workload("neighborhood-2", NEIGHBORHOOD, with(byId, "depth", 2), 50.0),
				new Workload("paths-k1", PATHS, with(connected, "k", 1), 50.0),
				new Workload("paths-k5", PATHS, with(connected, "k", 5), 200.0),
				new Workload("paths-k1-unconnected", PATHS, with(unconnected, "k", 1), 50.0),
				new Workload("paths-k5-unconnected", PATHS, with(unconnected, "k", 5), 200.0));
	}

	static final String SEARCH = """
			query Search($text: String!) {
			  search(text: $text, first: 10) { score matchedName node { id type name nameEn } }
			}""";

	static final String PERSON = """
			query Person($id: ID!) {
			  person(id: $id) {
			    id name nameEn titles titlesEn
			    sources { evidence source { id title } }
			    affiliations { role roleEn institution { id name nameEn kind } sources { evidence source { id } } }
			    memberships { role organization { id name } }
			    events { role event { id name date kind } }
			    hostedEvents { event { id name date } }
			  }
			}""";

	static final String LIST = """
			query Institutions($city: ID!) {
			  institutions(filter: {city: $city, kind: [HOSPITAL, CANCER_CENTER]}, first: 20) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    nodes { id name nameEn kind }
			  }
			}""";

	/**
	 * The list the peer comparison of issue 21 measured: institutions whose name (or an
	 * alias, in either language) contains a fragment, sorted by name, first 20, with the
	 * total.
	 */
	static final String NAME_CONTAINS = """
			query InstitutionsNamed($fragment: String!) {
			  institutions(filter: {nameContains: $fragment}, sort: NAME, first: 20) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    nodes { id name nameEn kind }
			  }
			}""";

	static final String NEIGHBORHOOD = """
			query Neighborhood($id: ID!, $depth: Int!) {
			  neighborhood(id: $id, depth: $depth, limit: 200) {
			    truncated
			    nodes { id label type properties }
			    edges { id source target type label properties }
			  }
			}""";

	static final String PATHS = """
			query Paths($from: ID!, $to: ID!, $k: Int!) {
			  collaborationPaths(from: $from, to: $to, k: $k) {
			    length
			    nodes { id name }
			    steps { relation role date explanation sources { evidence source { id } } }
			  }
			}""";

	static final String BROKERS = """
			query Brokers {
			  brokers(first: 20) { entity { id name } degree betweenness betweennessExact betweennessPivots }
			}""";

	// --- measuring
	// --------------------------------------------------------------------------------------------------

	private Result measure(Workload asked) {
		System.out.println("bench: " + asked.name() + " (" + asked.instances().size() + " instances), load average "
				+ loadAverage());
		List<List<Query>> statements = new ArrayList<>();
		List<Map<String, Object>> answered = new ArrayList<>();
		int empty = 0;
		String failure = null;
		for (Map<String, Object> variables : asked.instances()) {
			String[] body = new String[1];
			try {
				statements.add(this.recorder
					.record(() -> body[0] = this.graphQl.post(asked.document(), variables, REQUEST_TIMEOUT)));
				answered.add(variables);
			}
			catch (RuntimeException ex) {
				failure = ex.getMessage();
				System.out.println("bench: " + asked.name() + " " + variables + " failed: " + failure);
				continue;
			}
			if (body[0].contains("\"collaborationPaths\":[]")) {
				empty++;
			}
		}
		int failed = asked.instances().size() - answered.size();
		if (answered.isEmpty()) {
			throw new IllegalStateException(asked.name() + ": every instance failed, the last with " + failure);
		}
		// Only the instances that answered are measured, on both sides.
		Workload workload = new Workload(asked.name(), asked.document(), answered, asked.p99Target());
		List<Long> dbHits = new ArrayList<>();
		for (List<Query> request : statements.subList(0, Math.min(5, statements.size()))) {
			dbHits.add(request.stream().mapToLong(this::dbHits).sum());
		}
		this.memory.reset();
		Measurement.run(2, Math.min(3, this.seconds), i -> graphQl(workload, i));
		Measurement.run(2, Math.min(3, this.seconds), i -> raw(statements, i));
		Measurement graphQl1 = Measurement.run(1, this.seconds, i -> graphQl(workload, i));
		Measurement raw1 = Measurement.run(1, this.seconds, i -> raw(statements, i));
		Measurement graphQl8 = Measurement.run(8, this.seconds, i -> graphQl(workload, i));
		Measurement raw8 = Measurement.run(8, this.seconds, i -> raw(statements, i));
		int perRequest = statements.stream().mapToInt(List::size).sorted().toArray()[statements.size() / 2];
		String note = ((empty > 0) ? empty + " of " + statements.size() + " pairs have no path within 6 hops. " : "")
				+ ((failed > 0) ? failed + " of " + (failed + answered.size())
						+ " instances failed when first asked and are" + " left out (" + failure + ")" : "");
		note = note.isEmpty() ? null : note;
		var result = new Result(workload, graphQl1, graphQl8, raw1, raw8, perRequest, dbHits, this.memory.heapPeakMb(),
				this.memory.rssPeakMb(), note);
		System.out.println("bench: " + Report.row(result));
		return result;
	}

	/**
	 * Sends the selected workloads' requests round robin at concurrency 2 for
	 * {@code bench.jit-seconds} before anything is measured. Without it the first
	 * workload measured pays for compiling the whole stack (HTTP, GraphQL, the driver,
	 * Bolt, Cypher, Lucene) and the later ones do not: at 5× on 29 November, search-latin
	 * measured first had a p50 / p99 of 25.5 / 47.5 ms and a ratio of 5.31,
	 * search-cyrillic measured third 5.9 / 13.1 ms and 1.99.
	 */
	private void warmUp(List<Workload> workloads) {
		if (workloads.isEmpty() || this.jitSeconds <= 0) {
			return;
		}
		Measurement warmUp = Measurement.run(2, this.jitSeconds, i -> {
			Workload workload = workloads.get(i % workloads.size());
			try {
				graphQl(workload, i / workloads.size());
			}
			catch (RuntimeException ex) {
				// A pair past the query timeout answers an error: it warms the stack all
				// the same.
			}
		});
		this.report.line(String.format("JIT warm-up: %,d requests over %d workloads in %.1f s, load average %s",
				warmUp.count(), workloads.size(), warmUp.seconds(), loadAverage()));
	}

	private void graphQl(Workload workload, int request) {
		this.graphQl.post(workload.document(), workload.variables(request), REQUEST_TIMEOUT);
	}

	/**
	 * The statements the app sent for this instance, each in its own read transaction,
	 * every record fetched, each the way the app ran it: in-process through its
	 * {@code CypherReads} those it read so (on the embedded database), the others through
	 * the driver over Bolt.
	 */
	private void raw(List<List<Query>> statements, int request) {
		List<Query> queries = statements.get(request % statements.size());
		if (queries.stream().allMatch(this.recorder::inProcess)) {
			queries.forEach(query -> this.recorder.reads().read(query.text(), query.parameters().asMap()));
			return;
		}
		try (var s = this.driver.session(this.session)) {
			for (Query query : queries) {
				if (this.recorder.inProcess(query)) {
					this.recorder.reads().read(query.text(), query.parameters().asMap());
				}
				else {
					s.executeRead(tx -> tx.run(query).list());
				}
			}
		}
	}

	private long dbHits(Query query) {
		String text = query.text().strip();
		String profiled = text.startsWith("CYPHER 25") ? "CYPHER 25 PROFILE " + text.substring("CYPHER 25".length())
				: "PROFILE " + text;
		try (var s = this.driver.session(this.session)) {
			return s.executeRead(tx -> sum(tx.run(query.withText(profiled)).consume().profile()));
		}
	}

	private static long sum(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(BenchmarkSuite::sum).sum();
	}

	/**
	 * Brokers (betweenness over the whole projection): asked cold until it answers, for
	 * at most {@code bench.analytics-timeout} seconds in all (a request past the app's
	 * analytics time budget answers a TIMEOUT error and the next one continues its work),
	 * then warm (the projection and the scores are cached until a write). The raw side is
	 * the projection statement alone.
	 */
	private void analytics() {
		System.out.println("bench: brokers, load average " + loadAverage());
		this.memory.reset();
		long started = System.nanoTime();
		long until = started + TimeUnit.SECONDS.toNanos(this.analyticsTimeout);
		List<Query> statements = new ArrayList<>();
		List<String> answers = new ArrayList<>();
		String body = null;
		String cold;
		while (true) {
			long t0 = System.nanoTime();
			String[] answer = new String[1];
			RuntimeException[] failure = new RuntimeException[1];
			// Recorded whatever the answer: the projection statement is sent by the first
			// request only.
			statements.addAll(this.recorder.record(() -> {
				try {
					answer[0] = this.graphQl.post(BROKERS, Map.of(), Duration.ofSeconds(this.analyticsTimeout));
				}
				catch (RuntimeException ex) {
					failure[0] = ex;
				}
			}));
			if (failure[0] == null) {
				body = answer[0];
				answers.add(String.format("answered in %.0f ms", (System.nanoTime() - t0) / 1e6));
				cold = String.format("answered after %d request(s), %.0f ms in all (%s)", answers.size(),
						(System.nanoTime() - started) / 1e6, String.join("; ", answers));
				break;
			}
			String message = String.valueOf(failure[0].getMessage());
			boolean timeout = message.contains("\"TIMEOUT\"");
			answers.add(String.format("%s after %.0f ms",
					timeout ? "TIMEOUT" : message.substring(0, Math.min(300, message.length())),
					(System.nanoTime() - t0) / 1e6));
			if (!timeout || System.nanoTime() > until) {
				cold = "did not answer: " + String.join("; ", answers);
				break;
			}
		}
		String warm = "-";
		String projection = "-";
		if (body != null) {
			Measurement measurement = Measurement.run(1, 3,
					i -> this.graphQl.post(BROKERS, Map.of(), Duration.ofSeconds(30)));
			warm = String.format("p50 %.1f ms, p99 %.1f ms (cached projection and scores)", measurement.p50(),
					measurement.p99());
			java.util.regex.Matcher kind = java.util.regex.Pattern
				.compile("\"betweennessExact\":(true|false),\"betweennessPivots\":(\\d+)")
				.matcher(body);
			if (kind.find()) {
				cold += ("true".equals(kind.group(1)) ? "; exact" : "; sampled") + " from " + kind.group(2) + " pivots";
			}
		}
		if (!statements.isEmpty()) {
			long t0 = System.nanoTime();
			try (var s = this.driver.session(this.session)) {
				int rows = s.executeRead(tx -> tx.run(statements.getFirst()).list().size());
				projection = String.format("%.0f ms for %,d rows", (System.nanoTime() - t0) / 1e6, rows);
			}
			catch (RuntimeException ex) {
				projection = "failed: " + ex.getMessage();
			}
		}
		this.report.analytics(cold, warm, projection, this.memory.heapPeakMb(), this.memory.rssPeakMb());
	}

	/**
	 * The hostile load (issue 20): see {@link HostileLoad}. Its hubs are the institutions
	 * and countries with the most relationships.
	 */
	private void hostile(Workload canary, int port, LongSupplier activeRequests) {
		System.out.println("bench: hostile, load average " + loadAverage());
		List<String> institutions;
		List<String> countries;
		try (var s = this.driver.session(this.session)) {
			institutions = s.executeRead(tx -> tx.run("""
					MATCH (i:Institution) WITH i, COUNT { (i)--() } AS degree
					RETURN i.id AS id ORDER BY degree DESC, id LIMIT 10""").list(row -> row.get("id").asString()));
			countries = s.executeRead(tx -> tx.run("""
					MATCH (c:Country) WITH c, COUNT { (c)--() } AS degree
					RETURN c.id AS id ORDER BY degree DESC, id LIMIT 6""").list(row -> row.get("id").asString()));
		}
		var load = new HostileLoad(port, Integer.getInteger("bench.hostile.clients", 16),
				Double.parseDouble(System.getProperty("bench.hostile.seconds", "60")),
				Integer.getInteger("bench.hostile.selections", 1000),
				Duration.ofSeconds(Long.getLong("bench.hostile.timeout", 30)), institutions, countries,
				canary.instances(), activeRequests);
		// The stack compiled first, as for the other workloads (the canary's request).
		warmUp(List.of(canary));
		this.report.line("Hostile load from " + Instant.now() + ", load average " + loadAverage());
		this.report.hostile(load.run());
		load.writeSeries(this.dir.resolve("hostile-memory-scale-" + this.scale + ".csv"));
		this.report.line("Hostile load done " + Instant.now() + ", load average " + loadAverage());
	}

	// --- helpers
	// ----------------------------------------------------------------------------------------------------

	/**
	 * The HTTP requests the app is serving now, by its own observation of them (which
	 * ends when an asynchronous answer completes, not when the client goes away).
	 */
	private static LongSupplier activeRequests(MeterRegistry meters) {
		return () -> {
			LongTaskTimer active = meters.find("http.server.requests.active").longTaskTimer();
			return (active != null) ? active.activeTasks() : 0;
		};
	}

	private List<String> ids(int count, int bound, java.util.function.IntFunction<String> id) {
		return this.random.ints(count, 0, bound).mapToObj(id).toList();
	}

	/** Name and English name of each person. */
	private Map<String, String[]> names(List<String> ids) {
		Map<String, String[]> names = new LinkedHashMap<>();
		try (var s = this.driver.session(this.session)) {
			s.executeRead(tx -> tx
				.run("UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, p.name AS name, "
						+ "p.nameEn AS nameEn", Map.of("ids", ids))
				.list())
				.forEach(row -> names.put(row.get("id").asString(),
						new String[] { row.get("name").asString(), row.get("nameEn").asString() }));
		}
		return names;
	}

	/**
	 * For each institution, a fragment of its name as a user would type it: the first
	 * five letters of the name's last word (mostly the city), lower case, from the
	 * Russian name and the English name in turn.
	 */
	private List<Map<String, Object>> fragments(List<String> institutions) {
		List<Map<String, Object>> fragments = new ArrayList<>();
		try (var s = this.driver.session(this.session)) {
			List<String[]> names = s.executeRead(tx -> tx
				.run("UNWIND $ids AS id MATCH (i:Institution {id: id}) RETURN i.name AS name, i.nameEn AS nameEn",
						Map.of("ids", institutions))
				.list(row -> new String[] { row.get("name").asString(), row.get("nameEn").asString() }));
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i)[i % 2];
				String word = name.substring(name.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}]", "");
				if (word.isEmpty()) {
					word = name.replaceAll("[^\\p{L}]", "");
				}
				fragments.add(Map.of("fragment",
						word.substring(0, Math.min(5, word.length())).toLowerCase(java.util.Locale.ROOT)));
			}
		}
		return fragments;
	}

	private static List<Map<String, Object>> with(List<Map<String, Object>> instances, String key, Object value) {
		return instances.stream().map(variables -> {
			Map<String, Object> copy = new LinkedHashMap<>(variables);
			copy.put(key, value);
			return (Map<String, Object>) copy;
		}).toList();
	}

	static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, "
				+ (com.sun.management.OperatingSystemMXBean.class
					.cast(java.lang.management.ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() >> 20)
				+ " MB RAM, Java " + Runtime.version();
	}

	private static long sizeMb(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() >> 20;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
