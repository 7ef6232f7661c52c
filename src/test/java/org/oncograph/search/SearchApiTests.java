package org.oncograph.search;

import java.lang.Character.UnicodeScript;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over HTTP on the loaded graph: case forms, Latin spellings, typos, acronyms and
 * literal special characters.
 */
@GraphTest
class SearchApiTests {

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	String topHit(String text) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.get();
	}

	@ParameterizedTest
	@CsvSource({ "Каприна, person:kaprin-andrey", "Каприну, person:kaprin-andrey",
			"Кондратовича, person:kondratovich-viktor", "Кондратовичем, person:kondratovich-viktor" })
	void findsAPersonBySurnameInAnyCase(String text, String id) {
		assertThat(topHit(text)).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource({ "Kaprin, person:kaprin-andrey", "Kondratovich, person:kondratovich-viktor",
			"Andrey Kaprin, person:kaprin-andrey" })
	void findsTheSamePersonByLatinSpelling(String text, String id) {
		assertThat(topHit(text)).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource({ "Kaprim, person:kaprin-andrey", "Kondratovih, person:kondratovich-viktor",
			"Кондротович, person:kondratovich-viktor", "Капрен, person:kaprin-andrey" })
	void toleratesOneTypo(String text, String id) {
		assertThat(topHit(text)).isEqualTo(id);
	}

	@Test
	void findsTheSaintPetersburgCentreByItsFounder() {
		assertThat(topHit("Napalkov")).isEqualTo("institution:napalkov-oncology-center");
		assertThat(topHit("Напалкова")).isEqualTo("institution:napalkov-oncology-center");
	}

	@Test
	void findsAcronymsAndPrefixes() {
		assertThat(topHit("КазНИИОиР")).isEqualTo("institution:kazakh-research-institute-of-oncology-and-radiology");
		assertThat(topHit("Напалк")).isEqualTo("institution:napalkov-oncology-center");
	}

	@Test
	void namesTheNameThatMatched() {
		this.graphQl.documentName("search")
			.variable("text", "Kaprin")
			.execute()
			.path("search[0].matchedName")
			.entity(String.class)
			.isEqualTo("Andrey Kaprin");
		this.graphQl.documentName("search")
			.variable("text", "Каприна")
			.execute()
			.path("search[0].matchedName")
			.entity(String.class)
			.isEqualTo("Андрей Каприн");
	}

	@Test
	void keepsEachEntityOnceAndOnlyTheKindsAskedFor() {
		var ids = this.graphQl.documentName("search")
			.variable("text", "Минск")
			.variable("types", List.of("CITY"))
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsExactly("city:minsk");
		var all = this.graphQl.documentName("search")
			.variable("text", "Минский онкологический центр")
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(all).doesNotHaveDuplicates().contains("institution:minsk-city-clinical-oncology-center");
	}

	@Test
	void findsMixedScriptQueriesInBothIndexes() {
		assertThat(topHit("Andrey Каприн")).isEqualTo("person:kaprin-andrey");
		assertThat(topHit("Kondratovich Виктор")).isEqualTo("person:kondratovich-viktor");
	}

	/**
	 * What {@link Search#indexes} relies on to send Cyrillic text to the Russian index
	 * alone.
	 */
	@Test
	void everyEnglishNameIsFreeOfCyrillic(@Autowired Neo4jClient neo4j) {
		Collection<String> english = neo4j
			.query("MATCH (n:Entity) UNWIND [n.nameEn] + coalesce(n.aliasesEn, []) AS name RETURN DISTINCT name")
			.fetchAs(String.class)
			.all();
		assertThat(english).hasSizeGreaterThan(100)
			.noneMatch(name -> name.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a:b~ AND (", "\"unclosed", "*", "\\", "NOT OR AND", "[1 TO 5]", "Каприн^10 || {x}",
			"/.*/", "   " })
	void searchesLuceneSyntaxLiterallyWithoutError(String text) {
		this.graphQl.documentName("search").variable("text", text).execute().errors().verify();
	}

}
