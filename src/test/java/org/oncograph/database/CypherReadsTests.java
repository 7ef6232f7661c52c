package org.oncograph.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-process reads answer exactly what the same statements answer through the driver
 * over Bolt (nodes, relationships, maps, lists, dates, arrays and nulls, row by row), and
 * a statement past the query timeout fails the same way, so the code that maps rows and
 * errors is written once for both modes.
 */
@GraphTest
class CypherReadsTests {

	/**
	 * Statements of the shapes the API reads: an entity with its relationship fields, a
	 * batch.
	 */
	static final List<String> STATEMENTS = List.of("""
			MATCH (p:Entity {id: $id})
			RETURN p AS entity, COLLECT {
			  MATCH (p)-[r]-(o) RETURN {start: startNode(r), end: endNode(r), properties: properties(r), type: type(r)}
			  ORDER BY elementId(r)
			} AS links, [(p)<-[m:MENTIONS]-(s:Source) | {source: s, evidence: m.evidence}] AS sources""", """
			UNWIND $ids AS id
			MATCH (p:Entity {id: id})
			OPTIONAL MATCH (p)-[r:LOCATED_IN]->(c)
			RETURN id, r, c, p.aliases AS aliases, p.date AS date, null AS nothing, 1.5 AS number, true AS flag
			ORDER BY id""");

	@Autowired
	CypherReads reads;

	@Autowired
	DatabaseManagementService embedded;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	DatabaseSelectionProvider databaseSelection;

	@Test
	void theAppReadsInProcessOnTheEmbeddedDatabaseAndThroughTheDriverOnAnExternalOne() {
		var configuration = new ReadsConfiguration();
		assertThat(configuration.cypherReads(this.context.getBeanProvider(DatabaseManagementService.class), this.client,
				this.transactions, this.databaseSelection, Duration.ofSeconds(10)))
			.isInstanceOf(EmbeddedReads.class);
		assertThat(configuration.cypherReads(
				new StaticListableBeanFactory().getBeanProvider(DatabaseManagementService.class), this.client,
				this.transactions, this.databaseSelection, Duration.ofSeconds(10)))
			.isInstanceOf(DriverReads.class);
	}

	@Test
	void inProcessRowsEqualTheDriversRows() {
		CypherReads driver = new DriverReads(this.client, this.transactions);
		Map<String, Object> parameters = Map.of("id", "institution:alexandrov-national-cancer-center", "ids",
				List.of("person:kaprin-andrey", "institution:alexandrov-national-cancer-center",
						"event:2025-round-table-minsk", "city:minsk", "no:such-entity"));
		for (String statement : STATEMENTS) {
			List<Record> inProcess = this.reads.read(statement, parameters);
			assertThat(inProcess).as(statement).isNotEmpty();
			assertThat(plain(inProcess)).as(statement).isEqualTo(plain(driver.read(statement, parameters)));
		}
	}

	@Test
	void aStatementPastTheTimeoutFailsAsThroughTheDriver() {
		CypherReads hurried = new EmbeddedReads(this.embedded.database("neo4j"), Duration.ofMillis(200));
		assertThatThrownBy(() -> hurried.read("UNWIND range(1, 1000000000) AS x RETURN sum(x) AS total", Map.of()))
			.isInstanceOf(DataAccessException.class)
			.satisfies(ex -> assertThat(ex.getCause()).isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class)
				.extracting(cause -> ((org.neo4j.driver.exceptions.Neo4jException) cause).code())
				.asString()
				.startsWith("Neo.ClientError.Transaction.TransactionTimedOut"));
	}

	@Test
	void aMalformedStatementFailsWithNeo4jsCode() {
		assertThatThrownBy(() -> this.reads.read("RETURN $missing AS x", Map.of()))
			.isInstanceOf(DataAccessException.class)
			.satisfies(ex -> assertThat(((org.neo4j.driver.exceptions.Neo4jException) ex.getCause()).code())
				.startsWith("Neo.ClientError.Statement."));
	}

	/**
	 * Rows as plain Java values: nodes and relationships by element id, type and
	 * properties.
	 */
	private static List<Map<String, Object>> plain(List<Record> rows) {
		List<Map<String, Object>> plain = new ArrayList<>();
		for (Record row : rows) {
			Map<String, Object> values = new LinkedHashMap<>();
			row.keys().forEach(key -> values.put(key, plain(row.get(key))));
			plain.add(values);
		}
		return plain;
	}

	private static Object plain(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> {
				Node node = value.asNode();
				yield Map.of("elementId", node.elementId(), "labels",
						List.copyOf((java.util.Collection<String>) node.labels()), "properties",
						plainMap(node.asMap(v -> v)));
			}
			case "RELATIONSHIP" -> {
				Relationship relationship = value.asRelationship();
				yield Map.of("elementId", relationship.elementId(), "type", relationship.type(), "start",
						relationship.startNodeElementId(), "end", relationship.endNodeElementId(), "properties",
						plainMap(relationship.asMap(v -> v)));
			}
			case "MAP" -> plainMap(value.asMap(v -> v));
			case "LIST" -> value.asList(CypherReadsTests::plain);
			case "NULL" -> "null";
			default -> value.asObject();
		};
	}

	private static Map<String, Object> plainMap(Map<String, Value> map) {
		Map<String, Object> plain = new LinkedHashMap<>();
		map.forEach((key, value) -> plain.put(key, plain(value)));
		return plain;
	}

}
