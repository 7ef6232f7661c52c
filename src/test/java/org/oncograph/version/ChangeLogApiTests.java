package org.oncograph.version;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.curation.CurationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version and the change log through the API: a mutation moves the version by one and
 * logs what it wrote, a refused one moves nothing, the scripts of {@code cypher/} are in
 * the log, and bad arguments get one clear error.
 */
@CurationTest
class ChangeLogApiTests {

	record Logged(int version, String kind, List<String> ids, boolean complete, String by, String description) {
	}

	@Autowired
	GraphVersions versions;

	HttpGraphQlTester curator;

	HttpGraphQlTester anonymous;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.curator = CurationTest.Clients.as(port, CurationTest.CURATOR_KEY);
		this.anonymous = GraphQlOverHttp.graphQl(port);
	}

	int version() {
		return this.anonymous.document("{ graphVersion }").execute().path("graphVersion").entity(Integer.class).get();
	}

	List<Logged> changes(int after) {
		return this.anonymous
			.document("query($after: NonNegativeInt!) { changes(after: $after, first: 100) { version complete"
					+ " changes { version kind ids complete by description } } }")
			.variable("after", after)
			.execute()
			.path("changes.changes")
			.entityList(Logged.class)
			.get();
	}

	@Test
	void aMutationMovesTheVersionByOneAndLogsWhatItWrote() {
		int before = version();
		assertThat(this.versions.current()).isEqualTo(before);
		String id = this.curator.documentName("addSource")
			.variable("input", Map.of("title", "Версия графа: проверка", "publishedOn", "2025-03-01"))
			.execute()
			.path("addSource.source.id")
			.entity(String.class)
			.get();
		assertThat(version()).isEqualTo(before + 1);
		assertThat(this.versions.current()).as("this replica knows at once").isEqualTo(before + 1);
		assertThat(changes(before))
			.containsExactly(new Logged(before + 1, "ADD_SOURCE", List.of(id), true, "curator-bot", "ADD_SOURCE"));
	}

	@Test
	void aRefusedMutationMovesNothing() {
		int before = version();
		this.curator.documentName("addSource")
			.variable("input", Map.of("title", "", "publishedOn", "2025-03-01"))
			.execute()
			.path("addSource.errors")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		assertThat(version()).isEqualTo(before);
		assertThat(changes(before)).isEmpty();
	}

	@Test
	void everyScriptOfCypherIsInTheLogOnce() {
		List<String> scripts = changes(0).stream()
			.filter(change -> change.kind().equals("SCRIPT"))
			.map(Logged::description)
			.toList();
		assertThat(scripts).doesNotHaveDuplicates()
			.contains("cypher/V0001__Schema.cypher", "cypher/V0008__Curation.cypher",
					"cypher/V0009__Corrections_complete_documents.cypher");
		this.anonymous.document("{ changes(first: 1) { complete changes { version } } }")
			.execute()
			.path("changes.complete")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("changes.changes[0].version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aPageLargerThanTheMaximumGetsOneErrorNamingTheArgument() {
		this.anonymous.document("{ changes(first: 101) { version } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'first'").contains("between 1 and 100");
				assertThat(error.getExtensions()).containsEntry("argument", "first");
			}));
		this.anonymous.document("{ changes(after: -1) { version } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("after")));
	}

}
