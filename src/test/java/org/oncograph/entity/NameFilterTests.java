package org.oncograph.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import org.oncograph.NameKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists' name filters, served by the folded name key's index, give what the names
 * themselves give: for fragments cut from the names and aliases of the graph (prefixes,
 * inner parts in another case, whole words), each list's ids in order and its total are
 * those of the plain test of every entity's names (the statement the lists used before
 * the key).
 */
@GraphTest
class NameFilterTests {

	/** The lists' filter before the key: every entity, its names tested one by one. */
	private static final String ORACLE = """
			MATCH (n:Entity)
			WHERE any(label IN labels(n) WHERE label IN $labels)
			  AND ($contains IS NULL OR any(s IN [n.name, n.nameEn] + coalesce(n.aliases, []) + coalesce(n.aliasesEn, [])
			                                   WHERE toLower(s) CONTAINS toLower($contains)))
			  AND ($startsWith IS NULL OR any(s IN [n.name, n.nameEn] + coalesce(n.aliases, []) + coalesce(n.aliasesEn, [])
			                                     WHERE toLower(s) STARTS WITH toLower($startsWith)))
			RETURN n.id AS id ORDER BY toLower(n.name), n.id""";

	private static final List<String> EVERY_KIND = List.of("Person", "Institution", "City", "Country", "Association",
			"Program", "Topic", "Event");

	private static final String ENTITIES = """
			query Entities($filter: EntityFilter, $first: PositiveInt) {
			  entities(filter: $filter, first: $first) { totalCount nodes { id } }
			}""";

	private static final String INSTITUTIONS = """
			query Institutions($filter: InstitutionFilter, $first: PositiveInt) {
			  institutions(filter: $filter, first: $first) { totalCount nodes { id } }
			}""";

	@Autowired
	Driver driver;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	@Test
	void everyEntityCarriesTheKeyOfItsNames() {
		assertThat(NameKeys.outOfStep(this.driver)).isZero();
	}

	@Test
	void nameFiltersListWhatTheNamesMatchInTheSameOrderWithTheSameTotal() {
		List<String> fragments = fragments();
		assertThat(fragments).hasSizeGreaterThan(30);
		int matching = 0;
		for (String fragment : fragments) {
			for (boolean prefix : List.of(false, true)) {
				String key = prefix ? "nameStartsWith" : "nameContains";
				String contains = prefix ? null : fragment;
				String startsWith = prefix ? fragment : null;
				List<String> expected = oracle(EVERY_KIND, contains, startsWith);
				assertList(ENTITIES, "entities", Map.of(key, fragment), expected);
				assertList(INSTITUTIONS, "institutions", Map.of(key, fragment),
						oracle(List.of("Institution"), contains, startsWith));
				assertList(ENTITIES, "entities", Map.of(key, fragment, "types", List.of("PERSON", "CITY")),
						oracle(List.of("Person", "City"), contains, startsWith));
				matching += expected.isEmpty() ? 0 : 1;
			}
		}
		assertThat(matching).as("fragments and prefixes that match something").isGreaterThan(fragments.size());
		// Both at once: the key narrows, the names decide.
		assertList(ENTITIES, "entities", Map.of("nameContains", "онк", "nameStartsWith", "Р"),
				oracle(EVERY_KIND, "онк", "Р"));
		// A line break separates the names in the key; no name holds one.
		assertList(ENTITIES, "entities", Map.of("nameContains", "р\nр"), List.of());
		assertList(ENTITIES, "entities", Map.of("nameStartsWith", "\n"), List.of());
	}

	private void assertList(String document, String field, Map<String, Object> filter, List<String> expected) {
		var response = this.graphQl.document(document).variable("filter", filter).variable("first", 100).execute();
		response.path(field + ".nodes[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).as("%s %s", field, filter)
				.containsExactlyElementsOf(expected.subList(0, Math.min(100, expected.size()))));
		response.path(field + ".totalCount").entity(Integer.class).isEqualTo(expected.size());
	}

	private List<String> oracle(List<String> labels, @Nullable String contains, @Nullable String startsWith) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("labels", labels);
		parameters.put("contains", contains);
		parameters.put("startsWith", startsWith);
		return this.driver.executableQuery(ORACLE)
			.withParameters(parameters)
			.execute()
			.records()
			.stream()
			.map(row -> row.get("id").asString())
			.toList();
	}

	/**
	 * From every seventh name or alias: its first three letters, three letters from its
	 * middle in upper case, its second word.
	 */
	private List<String> fragments() {
		List<String> names = this.driver.executableQuery("""
				MATCH (n:Entity)
				UNWIND [n.name, n.nameEn] + coalesce(n.aliases, []) + coalesce(n.aliasesEn, []) AS name
				RETURN DISTINCT name ORDER BY name""")
			.execute()
			.records()
			.stream()
			.map(row -> row.get("name").asString(""))
			.filter(name -> name.length() >= 6)
			.toList();
		Set<String> fragments = new LinkedHashSet<>();
		for (int i = 0; i < names.size(); i += 7) {
			String name = names.get(i);
			fragments.add(name.substring(0, 3));
			int middle = name.length() / 2;
			fragments.add(name.substring(middle - 1, middle + 2).toUpperCase(Locale.ROOT));
			String[] words = name.split(" ");
			if (words.length > 1) {
				fragments.add(words[1]);
			}
		}
		return new ArrayList<>(fragments);
	}

}
