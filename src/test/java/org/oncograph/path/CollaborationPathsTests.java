package org.oncograph.path;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collaboration paths and connections over HTTP on the loaded source graph. Every
 * expected path was checked by hand against the Cypher scripts (and a breadth-first
 * search over their relationships): Kondratovich (sources 000/001) and Kaprin (source
 * 003) meet through the Russian Academy of Sciences, via Khubulava or via Moiseenko.
 */
@GraphTest
class CollaborationPathsTests {

	static final String KONDRATOVICH = "person:kondratovich-viktor";

	static final String KAPRIN = "person:kaprin-andrey";

	static final String RAS = "institution:russian-academy-of-sciences";

	@Autowired
	CypherStatementCounter statements;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	GraphQlTester.Response paths(Map<String, Object> variables) {
		var request = this.graphQl.documentName("collaborationPaths");
		variables.forEach(request::variable);
		return request.execute();
	}

	@Test
	void findsTheShortestPathBetweenPeopleOfDifferentDocumentsWithTheirSources() {
		var response = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "allShortest", true));
		response.path("collaborationPaths[*].length").entityList(Integer.class).containsExactly(4);
		response.path("collaborationPaths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly(KONDRATOVICH, "event:2025-round-table-minsk", "person:moiseenko-v", RAS, KAPRIN);
		response.path("collaborationPaths[0].steps[*].relation")
			.entityList(String.class)
			.containsExactly("PARTICIPATED_IN", "PARTICIPATED_IN", "MEMBER_OF", "MEMBER_OF");
		response.path("collaborationPaths[0].steps[*].reversed")
			.entityList(Boolean.class)
			.containsExactly(false, true, false, true);
		// Moiseenko is a corresponding member of the RAS, says source:000; Kaprin an
		// academician, says source:003
		response.path("collaborationPaths[0].steps[2].roleEn").entity(String.class).isEqualTo("corresponding member");
		response.path("collaborationPaths[0].steps[2].sources[*].source.id")
			.entityList(String.class)
			.containsExactly("source:000");
		response.path("collaborationPaths[0].steps[2].sources[0].evidence")
			.entity(String.class)
			.isEqualTo("членом-корреспондентом РАН");
		response.path("collaborationPaths[0].steps[3].sources[0].source.id")
			.entity(String.class)
			.isEqualTo("source:003");
		response.path("collaborationPaths[0].steps[3].sources[0].evidence")
			.entity(String.class)
			.isEqualTo("академика РАН");
		response.path("collaborationPaths[0].steps[0].date").entity(String.class).isEqualTo("2025-07-15");
		// Moiseenko led the Saint Petersburg delegation at the round table (source:000)
		response.path("collaborationPaths[0].steps[1].role").entity(String.class).isEqualTo("глава делегации");
		response.path("collaborationPaths[0].steps[1].sources[0].evidence")
			.entity(String.class)
			.isEqualTo("во главе с директором — доктором медицинских наук, профессором, заслуженным врачом "
					+ "Российской Федерации, членом-корреспондентом РАН — В.Моисеенко");
		response.path("collaborationPaths[0].steps[1].explanation")
			.entity(String.class)
			.isEqualTo("V. Moiseyenko took part in Round table \"Promising Directions of Oncology Development\" "
					+ "(head of delegation) (source: Round table \"Promising Directions of Oncology Development\" at the "
					+ "Minsk City Clinical Oncology Centre).");
	}

	@Test
	void kShortestPathsComeShortestFirst() {
		var response = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 3));
		response.path("collaborationPaths[*].length").entityList(Integer.class).containsExactly(4, 5, 5);
		// the shortest is the only one of 4; the next two are paths of 5
		response.path("collaborationPaths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly(KONDRATOVICH, "event:2025-round-table-minsk", "person:moiseenko-v", RAS, KAPRIN);
		var third = response.path("collaborationPaths[2].nodes[*].id").entityList(String.class).get();
		assertThat(third).hasSize(6).startsWith(KONDRATOVICH).endsWith(KAPRIN).doesNotHaveDuplicates();
	}

	@Test
	void kShortestPathsKeepTheDateWindowAndTheExclusions() {
		// one path is shortest; the rest come from Yen's step, which must keep the
		// request's filters
		List<Map<?, ?>> unfiltered = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 10))
			.path("collaborationPaths[*]")
			.entityList(Map.class)
			.get()
			.stream()
			.<Map<?, ?>>map(path -> path)
			.toList();
		assertThat(unfiltered).hasSize(10);
		// all but one of these pass an event of 15 July 2025: before it, Yen's spurs
		// must go around it (through the joint initiatives, which have no date)
		String before = "2025-07-14";
		List<Integer> inWindow = lengths(unfiltered.stream()
			.filter(path -> steps(path).stream()
				.allMatch(step -> step.get("date") == null || step.get("date").toString().compareTo(before) <= 0)), 10);
		assertThat(inWindow).containsExactly(6);
		var windowed = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 3, "dateTo", before));
		windowed.path("collaborationPaths[*].length").entityList(Integer.class).containsExactly(6);
		windowed.path("collaborationPaths[*].steps[*].date")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).allMatch(date -> date == null || date.compareTo(before) <= 0));
		// and after it, the same one
		String after = "2025-07-16";
		var later = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 3, "dateFrom", after));
		later.path("collaborationPaths[*].length").entityList(Integer.class).containsExactly(6);
		later.path("collaborationPaths[*].steps[*].date")
			.entityList(String.class)
			.satisfies(dates -> assertThat(dates).allMatch(date -> date == null || date.compareTo(after) >= 0));
		String country = "country:belarus";
		List<Integer> avoiding = lengths(unfiltered.stream()
			.filter(path -> ((List<?>) path.get("nodes")).stream()
				.noneMatch(node -> ((Map<?, ?>) node).get("id").equals(country))), 3);
		assertThat(avoiding).hasSize(3);
		var excluding = paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 3, "excludeIds", List.of(country)));
		excluding.path("collaborationPaths[*].length")
			.entityList(Integer.class)
			.containsExactly(avoiding.toArray(Integer[]::new));
		excluding.path("collaborationPaths[*].nodes[*].id").entityList(String.class).doesNotContain(country);
	}

	private static List<Map<?, ?>> steps(Map<?, ?> path) {
		return ((List<?>) path.get("steps")).stream().<Map<?, ?>>map(step -> (Map<?, ?>) step).toList();
	}

	private static List<Integer> lengths(Stream<Map<?, ?>> paths, int limit) {
		return paths.map(path -> (Integer) path.get("length")).limit(limit).toList();
	}

	@Test
	void explainsAStepInEnglishAndRussianNamingBothSources() {
		var english = paths(Map.of("from", KONDRATOVICH, "to", "institution:minsk-city-clinical-oncology-center"));
		english.path("collaborationPaths[0].steps[0].explanation")
			.entity(String.class)
			.isEqualTo(
					"Viktor Kondratovich is chief physician of Minsk City Clinical Oncology Centre (source: Round table "
							+ "\"Promising Directions of Oncology Development\" at the Minsk City Clinical Oncology Centre; "
							+ "Meeting of Saint Petersburg doctors with representatives of Belarusian healthcare institutions "
							+ "and senators held at the Council of the Republic).");
		english.path("collaborationPaths[0].steps[0].sources[*].evidence")
			.entityList(String.class)
			.containsExactly("главный врач УЗ «Минский городской клинический онкологический центр» Виктор Кондратович",
					"главный врач Минского городского клинического онкологического центра Виктор Кондратович");
		var russian = paths(
				Map.of("from", KONDRATOVICH, "to", "institution:minsk-city-clinical-oncology-center", "lang", "ru"));
		russian.path("collaborationPaths[0].steps[0].explanation")
			.entity(String.class)
			.satisfies(sentence -> assertThat(sentence)
				.startsWith("Виктор Кондратович — главный врач, организация «Минский городской клинический "
						+ "онкологический центр» (источник: Круглый стол «Перспективные направления развития онкологии»"));
	}

	@Test
	void respectsTheHopCapTheDateWindowExclusionsAndGeography() {
		// Kaprin and Polyakov are 9 apart, beyond the largest hop cap
		paths(Map.of("from", KAPRIN, "to", "person:polyakov-sergey", "maxHops", 8)).path("collaborationPaths")
			.entityList(Object.class)
			.hasSize(0);
		paths(Map.of("from", "person:kravchenko-aleksandr", "to", "person:moiseenko-v", "maxHops", 3))
			.path("collaborationPaths")
			.entityList(Object.class)
			.hasSize(0);
		// Kravchenko reaches Moiseenko only through the tele-seminar of 31 March 2017 and
		// Kaprin
		paths(Map.of("from", "person:kravchenko-aleksandr", "to", "person:moiseenko-v"))
			.path("collaborationPaths[0].nodes[*].id")
			.entityList(String.class)
			.containsExactly("person:kravchenko-aleksandr", "event:2017-herzen-tele-seminar-march-31", KAPRIN, RAS,
					"person:moiseenko-v");
		paths(Map.of("from", "person:kravchenko-aleksandr", "to", "person:moiseenko-v", "dateFrom", "2020-01-01"))
			.path("collaborationPaths")
			.entityList(Object.class)
			.hasSize(0);
		paths(Map.of("from", "person:kravchenko-aleksandr", "to", "person:moiseenko-v", "excludeIds", List.of(KAPRIN)))
			.path("collaborationPaths")
			.entityList(Object.class)
			.hasSize(0);
		// East Kazakhstan (source:004) is linked to the rest through Saint Petersburg's
		// doctors; geography (his institute is in Saint Petersburg) shortens it
		paths(Map.of("from", "person:nefedov-andrey", "to", KONDRATOVICH, "allShortest", true))
			.path("collaborationPaths[*].length")
			.entityList(Integer.class)
			.containsExactly(5, 5, 5);
		var geography = paths(Map.of("from", "person:nefedov-andrey", "to", KONDRATOVICH, "includeGeography", true,
				"allShortest", true));
		geography.path("collaborationPaths[*].length").entityList(Integer.class).containsExactly(4);
		geography.path("collaborationPaths[0].steps[*].relation").entityList(String.class).contains("LOCATED_IN");
	}

	@Test
	void answersInABoundedNumberOfStatements() {
		int one = this.statements
			.countWhile(() -> paths(Map.of("from", KONDRATOVICH, "to", KAPRIN)).path("collaborationPaths")
				.entityList(Object.class)
				.hasSize(1));
		assertThat(one).isEqualTo(1);
		int all = this.statements.countWhile(
				() -> paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "allShortest", true)).path("collaborationPaths")
					.entityList(Object.class)
					.hasSize(1));
		assertThat(all).isEqualTo(1);
		// k shortest: all shortest paths, then one statement per round of Yen's step,
		// then the paths' details
		int five = this.statements
			.countWhile(() -> paths(Map.of("from", KONDRATOVICH, "to", KAPRIN, "k", 5)).path("collaborationPaths")
				.entityList(Object.class)
				.hasSize(5));
		assertThat(five).isBetween(2, 6);
	}

	@Test
	void rejectsTheSameIdUnknownIdsAndArgumentsOutOfRange() {
		paths(Map.of("from", KAPRIN, "to", KAPRIN)).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("same entity").contains(KAPRIN);
			}));
		paths(Map.of("from", KAPRIN, "to", "person:nobody")).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getMessage()).contains("person:nobody");
			}));
		paths(Map.of("from", KAPRIN, "to", KONDRATOVICH, "k", 11)).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("k must be between 1 and 10, was 11.");
			}));
		paths(Map.of("from", KAPRIN, "to", KONDRATOVICH, "maxHops", 9)).errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("maxHops must be between 1 and 8")));
	}

	@Test
	void connectionGivesDistancePathCountAndSharedNeighbours() {
		var response = this.graphQl.document("""
				{ connection(a: "person:kondratovich-viktor", b: "person:moiseenko-v") {
				    distance shortestPathCount sharedNeighbours { entity { id } via viaA viaB } } }""").execute();
		response.path("connection.distance").entity(Integer.class).isEqualTo(2);
		response.path("connection.shortestPathCount").entity(Integer.class).isEqualTo(1);
		response.path("connection.sharedNeighbours[*].entity.id")
			.entityList(String.class)
			.containsExactly("event:2025-round-table-minsk");
		response.path("connection.sharedNeighbours[0].via").entityList(String.class).containsExactly("PARTICIPATED_IN");
		var far = this.graphQl.document("""
				{ connection(a: "person:kaprin-andrey", b: "person:nefedov-andrey") { distance shortestPathCount } }""")
			.execute();
		far.path("connection.distance").entity(Integer.class).isEqualTo(8);
		far.path("connection.shortestPathCount").entity(Integer.class).isEqualTo(6);
	}

}
