package org.oncograph.stats;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The statistics queries. */
@Service
@Transactional(readOnly = true)
class StatsReader {

	private final Neo4jClient neo4j;

	StatsReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Count> byType() {
		return counts("""
				MATCH (n:Entity)
				WITH toUpper([label IN labels(n) WHERE label <> 'Entity'][0]) AS key, count(*) AS count
				RETURN key, null AS label, count
				ORDER BY count DESC, key""");
	}

	List<Count> byCountry() {
		return counts("""
				MATCH (c:Country)
				OPTIONAL MATCH (n:Entity)-[:LOCATED_IN]->{1,2}(c)
				WITH c, count(DISTINCT n) AS count
				RETURN c.id AS key, c.name AS label, count
				ORDER BY count DESC, key""");
	}

	List<Count> byCity() {
		return counts("""
				MATCH (c:City)
				OPTIONAL MATCH (n:Entity)-[:LOCATED_IN]->(c)
				WITH c, count(DISTINCT n) AS count
				RETURN c.id AS key, c.name AS label, count
				ORDER BY count DESC, key""");
	}

	List<Count> byYear() {
		return counts("""
				MATCH (e:Event) WHERE e.date IS NOT NULL
				WITH toString(e.date.year) AS key, count(*) AS count
				RETURN key, null AS label, count
				ORDER BY key""");
	}

	@Nullable OffsetDateTime loadedAt() {
		return this.neo4j.query("MATCH (m:__OncoGraphMigration) RETURN max(m.installedOn) AS at")
			.fetchAs(OffsetDateTime.class)
			.mappedBy((types, row) -> row.get("at").isNull() ? null : row.get("at").asOffsetDateTime())
			.one()
			.orElse(null);
	}

	private List<Count> counts(String cypher) {
		return List.copyOf(this.neo4j.query(cypher)
			.fetchAs(Count.class)
			.mappedBy((types, row) -> new Count(row.get("key").asString(),
					row.get("label").isNull() ? null : row.get("label").asString(), row.get("count").asInt()))
			.all());
	}

}
