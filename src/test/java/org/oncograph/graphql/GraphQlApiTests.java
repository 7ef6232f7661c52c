package org.oncograph.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over HTTP on the loaded graph: lookups, provenance, paging, timeline, errors,
 * cost, GraphiQL.
 */
@GraphTest
class GraphQlApiTests {

	@Autowired
	CypherStatementCounter statements;

	HttpGraphQlTester graphQl;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
		this.http = GraphQlOverHttp.client(port);
	}

	@Test
	void showsAPersonsAffiliationsWithTheirSources() {
		var response = this.graphQl.documentName("person").variable("id", "person:kondratovich-viktor").execute();
		response.path("person.nameEn").entity(String.class).isEqualTo("Viktor Kondratovich");
		response.path("person.affiliations[*].institution.id")
			.entityList(String.class)
			.contains("institution:minsk-city-clinical-oncology-center");
		response.path("person.affiliations[0].sources[*].source.id").entityList(String.class).contains("source:000");
		response.path("person.affiliations[0].sources[0].evidence")
			.entity(String.class)
			.satisfies(evidence -> assertThat(evidence).contains("Кондратович"));
	}

	@Test
	void findsAnyNodeById() {
		this.graphQl.documentName("node")
			.variable("id", "city:minsk")
			.execute()
			.path("node.type")
			.entity(String.class)
			.isEqualTo("CITY");
		this.graphQl.documentName("node").variable("id", "source:002").execute().path("node.title").hasValue();
	}

	@Test
	void pagingForwardVisitsEveryPersonExactlyOnce() {
		int total = this.graphQl.documentName("peopleCount")
			.execute()
			.path("people.totalCount")
			.entity(Integer.class)
			.get();
		List<String> visited = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = this.graphQl.documentName("peoplePage")
				.variable("first", 5)
				.variable("after", after)
				.execute();
			visited.addAll(response.path("people.edges[*].node.id").entityList(String.class).get());
			response.path("people.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			hasNext = response.path("people.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("people.pageInfo.endCursor").entity(String.class).get();
			assertThat(++pages).isLessThan(100);
		}
		assertThat(total).isEqualTo(12);
		assertThat(visited).hasSize(total).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((total + 4) / 5);
	}

	@Test
	void filtersListsByNameCityAndRelatedEntity() {
		this.graphQl.documentName("peopleCount")
			.variable("filter", Map.of("nameContains", "КАПРИН"))
			.execute()
			.path("people.nodes[*].id")
			.entityList(String.class)
			.containsExactly("person:kaprin-andrey");
		this.graphQl.documentName("peopleCount")
			.variable("filter", Map.of("institution", "institution:minsk-city-clinical-oncology-center"))
			.execute()
			.path("people.nodes[*].id")
			.entityList(String.class)
			.contains("person:kondratovich-viktor");
	}

	@Test
	void timelineIsOrderedByDateWithinTheRange() {
		var dates = this.graphQl.documentName("timeline")
			.variable("filter", Map.of("from", "2025-01-01", "to", "2025-12-31"))
			.execute()
			.path("events.nodes[*].date")
			.entityList(String.class)
			.get();
		assertThat(dates).isNotEmpty()
			.isSorted()
			.allSatisfy(date -> assertThat(LocalDate.parse(date).getYear()).isEqualTo(2025));
		var participantEvents = this.graphQl.documentName("timeline")
			.variable("filter", Map.of("participant", "person:kondratovich-viktor"))
			.execute()
			.path("events.nodes[*].id")
			.entityList(String.class)
			.get();
		assertThat(participantEvents).isNotEmpty();
	}

	@Test
	void countsTheGraph() {
		var response = this.graphQl.documentName("stats").execute();
		response.path("stats.byType[?(@.key == 'PERSON')].count").entityList(Integer.class).containsExactly(12);
		response.path("stats.byYear[*].key").entityList(String.class).contains("2017", "2025");
		response.path("stats.byCountry[?(@.key == 'country:belarus')].count")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.getFirst()).isPositive());
		response.path("stats.loadedAt").hasValue();
	}

	@Test
	void listsSourcesWithTheirMentions() {
		var response = this.graphQl.documentName("sources").execute();
		response.path("sources[*].id")
			.entityList(String.class)
			.contains("source:000", "source:004", "source:reference");
		response.path("sources[?(@.id == 'source:002')].publisher").entityList(String.class).containsExactly("БЕЛТА");
		response.path("sources[0].mentions").entityList(Object.class).hasSize(3);
	}

	@Test
	void costsTheSameNumberOfStatementsForFifteenOrFiftyEntities() {
		int fifteen = statementsFor(15);
		int fifty = statementsFor(50);
		// Both lists (by name) hold every kind of entity, so every relationship field of
		// the document is read; with
		// one statement per field, not per row, the count depends on the document alone.
		assertThat(fifty).as("statements for 50 entities (15 took %d)", fifteen).isEqualTo(fifteen);
		assertThat(fifty).as("at most one statement per field of the document").isBetween(2, 20);
	}

	int statementsFor(int first) {
		return this.statements.countWhile(() -> assertThat(this.graphQl.documentName("entitiesWithRelationships")
			.variable("first", first)
			.execute()
			.path("entities.nodes[*].type")
			.entityList(String.class)
			.hasSize(first)
			.get()).as("kinds in the list")
			.containsAll(
					List.of("PERSON", "INSTITUTION", "CITY", "COUNTRY", "ASSOCIATION", "PROGRAM", "TOPIC", "EVENT")));
	}

	@Test
	void unknownIdGivesNullAndNotFoundNamingTheId() {
		this.graphQl.documentName("node")
			.variable("id", "person:nobody")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && error.getMessage().contains("person:nobody")
					&& "node".equals(error.getPath()))
			.verify()
			.path("node")
			.valueIsNull();
		this.graphQl.document("{ person(id: \"institution:belta\") { name } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
					&& error.getMessage().contains("institution:belta"))
			.verify()
			.path("person")
			.valueIsNull();
	}

	@Test
	void pageBeyondTheMaximumIsABadRequestNamingTheArgumentAndRange() {
		this.graphQl.documentName("peoplePage")
			.variable("first", 101)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("'first'")
					&& error.getMessage().contains("between 1 and 100") && !error.getMessage().contains("Exception"))
			.verify();
		this.graphQl.documentName("peoplePage")
			.variable("first", 5)
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("'after'"))
			.verify();
		this.graphQl.documentName("search")
			.variable("text", "Каприн")
			.variable("first", 1000)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains("'first'"))
			.verify();
	}

	@Test
	void errorsNeverShowStackTracesOrClassNames() {
		String body = this.http.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ node(id: \"x\") { id } people(first: 1000) { totalCount } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("NOT_FOUND", "BAD_REQUEST").doesNotContain("org.oncograph", "Exception", "\tat ");
	}

	@Test
	void graphiQlExamplesRunOnTheLoadedGraph() throws IOException {
		Resource[] examples = new PathMatchingResourcePatternResolver().getResources(GraphiQlConfiguration.EXAMPLES);
		assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
		for (Resource example : examples) {
			this.graphQl.document(example.getContentAsString(StandardCharsets.UTF_8)).execute().errors().verify();
		}
	}

	@Test
	void graphiQlOpensWithTheExamples() {
		this.http.get()
			.uri("/graphiql?path=/graphql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("graphiql/graphiql.js", "Каприна", "person:kondratovich-viktor")
				.doesNotContain("/*EXAMPLE_TABS*/", "https://", "http://"));
	}

	@Test
	void printsTheSchema() {
		this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(schema -> assertThat(schema).contains("type SearchHit", "interface Entity"));
	}

}
