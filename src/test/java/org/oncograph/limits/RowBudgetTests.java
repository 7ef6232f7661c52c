package org.oncograph.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fan-out whose real rows pass the limit stops with one error, whatever its estimate: a
 * hub's thousands cannot slip under the list factor.
 */
@Tag("rules")
class RowBudgetTests {

	static final String SCHEMA = """
			type Query { hub: Item }
			type Item { name: String, people: [Item] }
			""";

	final AtomicInteger lists = new AtomicInteger();

	/** Each relationship list has 10 rows, counted as the relation loaders count them. */
	GraphQL graphQl(int maxRows) {
		DataFetcher<List<Map<String, Object>>> people = environment -> {
			this.lists.incrementAndGet();
			RowBudget.count(environment.getGraphQlContext(), 10);
			return IntStream.range(0, 10).mapToObj(i -> Map.<String, Object>of("name", "p" + i)).toList();
		};
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("hub", environment -> Map.of("name", "hub")))
			.type("Item", type -> type.dataFetcher("people", people))
			.build();
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		return GraphQL.newGraphQL(schema)
			.instrumentation(new CostInstrumentation(maxRows, new RowsTimesFields(1), null, null, Integer.MAX_VALUE))
			.build();
	}

	@Test
	void aRequestWithinItsRowsIsAnswered() {
		var result = graphQl(200).execute("{ hub { people { name people { name } } } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(this.lists).hasValue(11);
	}

	@Test
	void aFanOutPastTheRowsStopsWithOneError() {
		var result = graphQl(50)
			.execute(ExecutionInput.newExecutionInput("{ hub { people { name people { name } } } }"));
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("BAD_REQUEST");
			assertThat(error.getMessage()).contains("read more than 50 rows of relationships")
				.contains("oncograph.limits.max-complexity");
		});
		assertThat(result.isDataPresent()).isFalse();
		assertThat(this.lists.get()).as("lists read before it stopped").isLessThan(11);
	}

	/**
	 * A read shared by many fields fails (a relationship batch meeting the transaction
	 * timeout, as the loaders report it): one TIMEOUT for the request, and nothing more
	 * read, instead of one error per parent.
	 */
	@Test
	void aFailedReadStopsTheRequestWithOneError() {
		var timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated.");
		DataFetcher<List<Map<String, Object>>> people = environment -> {
			if (this.lists.incrementAndGet() > 1) {
				RowBudget.fail(environment.getGraphQlContext(), timedOut);
				return null;
			}
			return IntStream.range(0, 10).mapToObj(i -> Map.<String, Object>of("name", "p" + i)).toList();
		};
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("hub", environment -> Map.of("name", "hub")))
			.type("Item", type -> type.dataFetcher("people", people))
			.build();
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		var result = GraphQL.newGraphQL(schema)
			.instrumentation(new CostInstrumentation(1000, new RowsTimesFields(1), null, null, Integer.MAX_VALUE))
			.build()
			.execute("{ hub { people { name people { name people { name } } } } }");
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("TIMEOUT");
			assertThat(error.getMessage()).contains("ONCOGRAPH_QUERY_TIMEOUT");
		});
		assertThat(result.isDataPresent()).isFalse();
		assertThat(this.lists.get()).as("lists asked for before it stopped").isLessThan(11);
	}

	@Test
	void theEstimateIsCheckedBeforeAnythingRuns() {
		var result = graphQl(4).execute("{ hub { people { name people { name } } } }");
		assertThat(result.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("maximum query complexity exceeded"));
		assertThat(this.lists).hasValue(0);
	}

}
