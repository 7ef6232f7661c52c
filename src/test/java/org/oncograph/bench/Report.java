package org.oncograph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The markdown the suite writes: what ran where, the table of figures, and each target
 * met or missed.
 */
final class Report {

	/**
	 * Issue 21's CPU per request (HTTP, GraphQL and database in one JVM), in ms, the
	 * peer's totals rounded down.
	 */
	private static final Map<String, Double> CPU_TARGETS = Map.of("person-by-id", 2.0, "search-cyrillic", 2.5,
			"search-latin", 2.5, "search-typo", 2.5, "neighborhood-1", 2.5, "paths-k1", 3.0);

	private final List<String> lines = new ArrayList<>();

	private final List<Result> results = new ArrayList<>();

	private String loading = "";

	private String analytics = "";

	private double loadRate = Double.NaN;

	private String hostile = "";

	void line(String line) {
		System.out.println("bench: " + line);
		this.lines.add(line);
	}

	void loading(String summary, String relationshipsPerSecond, String loadAverage, long storeMb) {
		this.loadRate = (relationshipsPerSecond == null) ? Double.NaN : Double.parseDouble(relationshipsPerSecond);
		this.loading = "Graph: " + summary + "; load average while loading (at its end) " + loadAverage + "; store "
				+ storeMb + " MB on disk.";
	}

	void add(Result result) {
		this.results.add(result);
	}

	void analytics(String cold, String warm, String projection, long heapMb, long rssMb) {
		this.analytics = String.format(
				"brokers (betweenness over the projection of the cooperation relationships): cold %s; then %s;"
						+ " the projection statement alone through the driver: %s; peak heap %d MB, peak RSS %d MB.",
				cold, warm, projection, heapMb, rssMb);
		line(this.analytics);
	}

	void hostile(String section) {
		this.hostile = section;
		System.out.println(section);
	}

	static String row(Result r) {
		return String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s | %d | %d |%s",
				r.workload().name(),
				(r.workload().p99Target() == null) ? "-" : String.format("%.0f", r.workload().p99Target()),
				latency(r.graphQl1()), latency(r.graphQl8()), rates(r.graphQl1(), r.graphQl8()),
				String.format("%.2f / %.2f", r.graphQl1().appCpuMs(), r.graphQl8().appCpuMs()), latency(r.raw1()),
				latency(r.raw8()), rates(r.raw1(), r.raw8()),
				r.ratioMeasured() ? String.format("%.2f", r.ratio()) : "-", r.statements(),
				(r.medianDbHits() < 0) ? "-" : String.format("%,d (max %,d)", r.medianDbHits(), r.maxDbHits()),
				r.heapMb(), r.rssMb(), (r.note() == null) ? "" : " " + r.note());
	}

	private static String latency(Measurement m) {
		String errors = (m.errors() > 0) ? " (" + m.errors() + " errors)" : "";
		String few = (m.count() < Result.MIN_REQUESTS)
				? " (" + m.count() + ((m.count() == 1) ? " request)" : " requests)") : "";
		return String.format("%.1f / %.1f%s%s", m.p50(), m.p99(), errors, few);
	}

	private static String rates(Measurement one, Measurement eight) {
		return String.format("%.0f / %.0f", one.throughput(), eight.throughput());
	}

	void write(Path file, double scale) {
		var md = new StringBuilder();
		md.append("## Scale ").append(scale).append("\n\n");
		this.lines.forEach(line -> md.append("- ").append(line).append('\n'));
		md.append("- ").append(this.loading).append("\n\n");
		md.append("Latencies in ms as p50 / p99; throughput in requests/s at concurrency 1 / 8; app CPU = the process's"
				+ " CPU time over the GraphQL run less the benchmark client's threads (HTTP client and senders), per"
				+ " request, ms, at concurrency 1 / 8 (the JVM's compiler and GC threads count as the app's);"
				+ " statements = the Cypher statements the app sent, replayed alone, each in its own read transaction"
				+ " and the way the app ran it (in-process through CypherReads on the embedded database, or through the"
				+ " driver over Bolt); ratio = GraphQL p50 ÷ statements p50 at concurrency 1; db hits = PROFILE database"
				+ " hits per request (all its statements), median of 5 instances.\n\n");
		md.append("| workload | p99 target | GraphQL c1 | GraphQL c8 | GraphQL req/s | app CPU ms/req | statements c1 |"
				+ " statements c8 | statements req/s | ratio | statements | db hits | heap MB | RSS MB |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		this.results.forEach(r -> md.append(row(r)).append('\n'));
		if (!this.analytics.isEmpty()) {
			md.append("\n").append(this.analytics).append('\n');
		}
		md.append(this.hostile);
		md.append("\n### Targets\n\n");
		for (Result r : this.results) {
			if (r.workload().p99Target() != null) {
				target(md, r.workload().name() + " p99 at concurrency 1", r.graphQl1().p99(), r.workload().p99Target(),
						true, "ms");
			}
			if (r.ratioMeasured()) {
				target(md, r.workload().name() + " GraphQL ÷ statements alone p50", r.ratio(), 1.3, true, "");
			}
			else {
				md.append(String.format(
						"- %s GraphQL ÷ statements alone p50: not measured (%d and %d requests at concurrency 1,"
								+ " fewer than %d)%n",
						r.workload().name(), r.graphQl1().count(), r.raw1().count(), Result.MIN_REQUESTS));
			}
			Double cpuTarget = CPU_TARGETS.get(r.workload().name());
			if (cpuTarget != null) {
				target(md, r.workload().name() + " app CPU per request at concurrency 8", r.graphQl8().appCpuMs(),
						cpuTarget, true, "ms");
			}
			if (r.workload().name().equals("institutions-name-contains")) {
				target(md, "institutions-name-contains db hits per request (max)", r.maxDbHits(), 10_000, true, "");
			}
			if (r.workload().name().equals("person-by-id")) {
				target(md, "person-by-id throughput at concurrency 8", r.graphQl8().throughput(), 1500, false, "req/s");
			}
		}
		target(md, "loading", this.loadRate, 50_000, false, "relationships/s");
		long rss = this.results.stream().mapToLong(Result::rssMb).max().orElse(0);
		target(md, "peak RSS over the workloads", rss, 6144, true, "MB");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, md.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void target(StringBuilder md, String what, double value, double bound, boolean atMost, String unit) {
		boolean met = atMost ? value <= bound : value >= bound;
		md.append(String.format("- %s: %,.2f %s (target %s %,.2f) — **%s**%n", what, value, unit, atMost ? "≤" : "≥",
				bound, met ? "met" : "missed"));
	}

}
