package org.oncograph.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.oncograph.version.ChangeRecorder;

/**
 * Generates a synthetic graph into a database whose {@code cypher/} scripts are applied
 * (embedded or external).
 */
public final class GraphGenerator {

	/** Rows per {@code UNWIND} statement. */
	public static final int BATCH_SIZE = 10_000;

	/**
	 * Batches written at once, each in its own transaction: two, the number that loaded
	 * fastest on the two cores of the benchmark machine (BENCHMARKS.md, fix 14).
	 */
	static final int WRITERS = 2;

	private GraphGenerator() {
	}

	/**
	 * Loads the graph of {@code plan}. The cities are placed in the countries the
	 * reference data already has; a database that already holds generated entities is
	 * refused (ids would collide). Each batch is recorded as a change by {@code changes}.
	 */
	public static GenerationSummary generate(Driver driver, SessionConfig session, GenerationPlan plan,
			Consumer<String> progress, ChangeRecorder changes) {
		List<String> countries;
		try (var s = driver.session(session)) {
			boolean generated = s.executeRead(
					tx -> tx
						.run("MATCH (n:Entity {id: $id}) RETURN count(n) > 0 AS found",
								Map.of("id", GenerationPlan.personId(0)))
						.single()
						.get("found")
						.asBoolean());
			if (generated) {
				throw new IllegalStateException("The database already holds a generated graph ("
						+ GenerationPlan.personId(0) + " exists): generate into a fresh one.");
			}
			countries = s.executeRead(tx -> tx.run("MATCH (c:Country) RETURN c.id AS id ORDER BY id")
				.list(row -> row.get("id").asString()));
		}
		if (countries.isEmpty()) {
			throw new IllegalStateException("The database has no countries: apply the scripts of cypher/ first.");
		}
		progress.accept(String.format("generator: scale %s, seed %d: %s", plan.scale(), plan.seed(), plan));
		var loader = new GraphLoader(driver, session, BATCH_SIZE, WRITERS, progress, changes);
		new SyntheticGraph(plan, countries).generate(loader);
		GenerationSummary summary = loader.finish(plan);
		progress.accept("generator: done, " + summary);
		return summary;
	}

}
