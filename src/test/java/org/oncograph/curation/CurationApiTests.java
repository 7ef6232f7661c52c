package org.oncograph.curation;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.NameKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mutations over HTTP with a curator's and an admin's API key, on a graph of their
 * own: what each writes, how it shows in every read, what each refuses and that a refused
 * mutation leaves the graph exactly as it was.
 */
@CurationTest
class CurationApiTests {

	static final String TBILISI_HOSPITAL = "institution:american-hospital-tbilisi";

	static final String VKO_CENTER = "institution:east-kazakhstan-oncology-and-surgery-center";

	static final String NEFEDOV = "person:nefedov-andrey";

	static final String PHTHISIO = "institution:saint-petersburg-research-institute-of-phthisiopulmonology";

	record FieldProblem(String field, String message, String code) {
	}

	@Autowired
	Driver driver;

	HttpGraphQlTester curator;

	HttpGraphQlTester admin;

	HttpGraphQlTester anonymous;

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.curator = CurationTest.Clients.as(port, CurationTest.CURATOR_KEY);
		this.admin = CurationTest.Clients.as(port, CurationTest.ADMIN_KEY);
		this.anonymous = GraphQlOverHttp.graphQl(port);
		this.http = GraphQlOverHttp.client(port);
	}

	// --- helpers
	// ---------------------------------------------------------------------------------

	GraphQlTester.Response mutate(HttpGraphQlTester client, String document, Map<String, Object> input) {
		return client.documentName(document).variable("input", input).execute();
	}

	String addSource(String title) {
		return mutate(this.curator, "addSource", Map.of("title", title, "publishedOn", "2025-03-01"))
			.path("addSource.errors")
			.entityList(FieldProblem.class)
			.hasSize(0)
			.path("addSource.source.id")
			.entity(String.class)
			.get();
	}

	/** The body of a GET that must answer 200. */
	String download(String uri) {
		String body = this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return java.util.Objects.requireNonNull(body);
	}

	Map<String, Object> evidence(String source, String words) {
		return Map.of("source", source, "evidence", words);
	}

	List<FieldProblem> errors(GraphQlTester.Response response, String field) {
		return response.path(field + ".errors").entityList(FieldProblem.class).get();
	}

	/**
	 * Everything a refused mutation must leave as it was: node and relationship counts,
	 * and the last write.
	 */
	List<Object> snapshot() {
		var row = this.driver.executableQuery("""
				MATCH (n) WITH count(n) AS nodes, max(n.updatedAt) AS lastWrite, max(n.lockedAt) AS locked
				RETURN nodes, lastWrite, locked, COUNT { ()-[]->() } AS relationships""")
			.execute()
			.records()
			.getFirst();
		return List.of(row.get("nodes").asLong(), row.get("relationships").asLong(),
				String.valueOf(row.get("lastWrite")), String.valueOf(row.get("locked")));
	}

	// --- addSource
	// -------------------------------------------------------------------------------

	@Test
	void addsASourceWithTheNextNumberAndAuditFields() {
		var response = mutate(this.curator, "addSource", Map.of("title", "Новости онкологии: визит делегации",
				"titleEn", "Oncology news: a delegation's visit", "publishedOn", "2025-02-14"));
		assertThat(errors(response, "addSource")).isEmpty();
		String id = response.path("addSource.source.id").entity(String.class).get();
		assertThat(id).matches("source:\\d{3}")
			.isNotIn("source:000", "source:001", "source:002", "source:003", "source:004");
		response.path("addSource.source.kind").entity(String.class).isEqualTo("DOCUMENT");
		response.path("addSource.source.language").entity(String.class).isEqualTo("ru");
		response.path("addSource.source.audit.createdBy").entity(String.class).isEqualTo("curator-bot");
		assertThat(OffsetDateTime.parse(response.path("addSource.source.audit.createdAt").entity(String.class).get()))
			.isAfter(OffsetDateTime.now().minusMinutes(5));
		this.anonymous.document("{ source(id: \"" + id + "\") { title audit { createdBy } } }")
			.execute()
			.path("source.title")
			.entity(String.class)
			.isEqualTo("Новости онкологии: визит делегации")
			.path("source.audit.createdBy")
			.entity(String.class)
			.isEqualTo("curator-bot");
	}

	@Test
	void aSourceWithTheSameTitlePointsToTheExistingOneAndWritesNothing() {
		var before = snapshot();
		String title = this.anonymous.document("{ source(id: \"source:004\") { title } }")
			.execute()
			.path("source.title")
			.entity(String.class)
			.get();
		var response = mutate(this.curator, "addSource",
				Map.of("title", "  " + title.toUpperCase().replace(" ", "   ") + " "));
		assertThat(errors(response, "addSource")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "DUPLICATE"));
		response.path("addSource.existing.id").entity(String.class).isEqualTo("source:004");
		response.path("addSource.source").valueIsNull();
		assertThat(snapshot()).isEqualTo(before);
	}

	// --- upsertEntity
	// ----------------------------------------------------------------------------

	@Test
	void createsAPersonWithAnIdAndEnglishNameFromTheRussianName() {
		String source = addSource("Интервью с онкологом Иваном Петровым");
		var response = mutate(this.curator, "upsertEntity",
				Map.of("type", "PERSON", "name", "Иван Петров", "titles", List.of("кандидат медицинских наук"),
						"titlesEn", List.of("Candidate of Medical Sciences"), "sources",
						List.of(evidence(source, "онколог Иван Петров"))));
		assertThat(errors(response, "upsertEntity")).isEmpty();
		response.path("upsertEntity.created")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.isEqualTo("person:petrov-ivan")
			.path("upsertEntity.entity.nameEn")
			.entity(String.class)
			.isEqualTo("Ivan Petrov")
			.path("upsertEntity.entity.sources[0].source.id")
			.entity(String.class)
			.isEqualTo(source)
			.path("upsertEntity.entity.sources[0].evidence")
			.entity(String.class)
			.isEqualTo("онколог Иван Петров")
			.path("upsertEntity.entity.audit.createdBy")
			.entity(String.class)
			.isEqualTo("curator-bot")
			.path("upsertEntity.entity.audit.updatedBy")
			.entity(String.class)
			.isEqualTo("curator-bot");
		// Stored as the scripts store provenance: a MENTIONS relationship with the words.
		var mention = this.driver.executableQuery(
				"MATCH (s:Source)-[m:MENTIONS]->(:Entity:Person {id: 'person:petrov-ivan'}) RETURN s.id AS source, m.evidence AS evidence")
			.execute()
			.records();
		assertThat(mention).singleElement().satisfies(row -> {
			assertThat(row.get("source").asString()).isEqualTo(source);
			assertThat(row.get("evidence").asString()).isEqualTo("онколог Иван Петров");
		});
	}

	@Test
	void theNameFiltersFollowAnEntitysNamesAsTheyAreWrittenAndChanged() {
		String source = addSource("Сообщение о фонде Светоч");
		var created = mutate(this.curator, "upsertEntity",
				Map.of("type", "ASSOCIATION", "name", "Фонд Светоч", "nameEn", "Svetoch Foundation", "aliases",
						List.of("Старое Имя"), "sources", List.of(evidence(source, "фонд Светоч"))));
		assertThat(errors(created, "upsertEntity")).isEmpty();
		String id = created.path("upsertEntity.entity.id").entity(String.class).get();
		assertThat(named(Map.of("nameContains", "РОЕ ИМ"))).containsExactly(id);
		assertThat(named(Map.of("nameStartsWith", "svetoch"))).containsExactly(id);
		var changed = mutate(this.curator, "upsertEntity", Map.of("id", id, "type", "ASSOCIATION", "aliases",
				List.of("Новое Имя"), "sources", List.of(evidence(source, "фонд Светоч"))));
		assertThat(errors(changed, "upsertEntity")).isEmpty();
		assertThat(named(Map.of("nameContains", "РОЕ ИМ"))).isEmpty();
		assertThat(named(Map.of("nameContains", "вое им"))).containsExactly(id);
		assertThat(named(Map.of("nameStartsWith", "Фонд Свет"))).containsExactly(id);
		// Every entity's key is that of its names (NameFilterTests checks the same on the
		// scripts' graph).
		assertThat(NameKeys.outOfStep(this.driver)).isZero();
	}

	private List<String> named(Map<String, Object> filter) {
		return this.anonymous
			.document(
					"query Associations($filter: AssociationFilter) { associations(filter: $filter) { nodes { id } } }")
			.variable("filter", filter)
			.execute()
			.path("associations.nodes[*].id")
			.entityList(String.class)
			.get();
	}

	@Test
	void anEntityWithTheSameNameFoldedIsADuplicateAndNothingIsWritten() {
		var before = snapshot();
		// The name of an existing institution, in other case, with other spacing.
		var response = mutate(this.curator, "upsertEntity",
				Map.of("type", "INSTITUTION", "name", "  американский   ГОСПИТАЛЬ тбилиси ", "nameEn",
						"American Hospital of Tbilisi", "kind", "HOSPITAL", "sources",
						List.of(evidence("source:004", "Американского госпиталя Тбилиси"))));
		assertThat(errors(response, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "DUPLICATE"));
		response.path("upsertEntity.existing.id")
			.entity(String.class)
			.isEqualTo(TBILISI_HOSPITAL)
			.path("upsertEntity.entity")
			.valueIsNull();
		// ё folds to е, and aliases count: "Онкоцентр" is an alias of the VKO centre.
		var alias = mutate(this.curator, "upsertEntity", Map.of("type", "INSTITUTION", "name", "онкоцентр", "nameEn",
				"Oncocentre", "sources", List.of(evidence("source:004", "Онкоцентр"))));
		alias.path("upsertEntity.existing.id").entity(String.class).isEqualTo(VKO_CENTER);
		var yo = mutate(this.curator, "upsertEntity", Map.of("type", "PERSON", "name", "Андрей Нёфедов", "sources",
				List.of(evidence("source:004", "Андрей Нефедов"))));
		yo.path("upsertEntity.existing.id").entity(String.class).isEqualTo(NEFEDOV);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void hostileTextInAnyFieldIsRefusedWithItsCharacterAndNothingIsWritten() {
		var before = snapshot();
		var nul = mutate(this.curator, "upsertEntity", Map.of("type", "TOPIC", "name", "Рак\u0000", "nameEn", "Cancer",
				"sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(nul, "upsertEntity")).containsExactly(new FieldProblem("name",
				"name has U+0000 <control-0000> (a control character) at position 4; remove it.", "INVALID"));
		var invisible = mutate(this.curator, "upsertEntity", Map.of("type", "TOPIC", "name", "\u200B\u2060", "nameEn",
				"\u202Eadmin", "sources", List.of(evidence("source:004", "слова\u2066"))));
		assertThat(errors(invisible, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "INVALID"),
					org.assertj.core.groups.Tuple.tuple("nameEn", "INVALID"),
					org.assertj.core.groups.Tuple.tuple("sources[0].evidence", "INVALID"));
		var source = mutate(this.curator, "addSource", Map.of("title", "Новости\u001B[31m"));
		assertThat(errors(source, "addSource")).extracting(FieldProblem::field).containsExactly("title");
		var link = mutate(this.curator, "addRelationship", Map.of("type", "AFFILIATED_WITH", "from", NEFEDOV, "to",
				PHTHISIO, "role", "врач\u200D", "sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(link, "addRelationship")).extracting(FieldProblem::field).containsExactly("role");
		var retraction = mutate(this.admin, "retractFact", Map.of("entity", NEFEDOV, "reason", "дубль\u0085"));
		assertThat(errors(retraction, "retractFact")).extracting(FieldProblem::field).containsExactly("reason");
		var symbols = mutate(this.curator, "upsertEntity", Map.of("type", "TOPIC", "name", "???", "nameEn", "---",
				"sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(symbols, "upsertEntity")).extracting(FieldProblem::field).containsExactly("name", "nameEn");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void textsAreStoredInNfc() {
		String source = addSource("Заметка о Cafe\u0301-семинаре");
		var response = mutate(this.curator, "upsertEntity", Map.of("type", "TOPIC", "name", "И\u0306одный семинар",
				"nameEn", "Cafe\u0301 seminar", "sources", List.of(evidence(source, "Cafe\u0301"))));
		assertThat(errors(response, "upsertEntity")).isEmpty();
		String id = response.path("upsertEntity.entity.id").entity(String.class).get();
		var row = this.driver
			.executableQuery("MATCH (s:Source {id: $source})-[m:MENTIONS]->(n:Entity {id: $id}) "
					+ "RETURN s.title AS title, n.name AS name, n.nameEn AS nameEn, m.evidence AS evidence")
			.withParameters(Map.of("source", source, "id", id))
			.execute()
			.records()
			.getFirst();
		assertThat(row.get("title").asString()).isEqualTo("Заметка о Café-семинаре");
		assertThat(row.get("name").asString()).isEqualTo("\u0419одный семинар");
		assertThat(row.get("nameEn").asString()).isEqualTo("Café seminar");
		assertThat(row.get("evidence").asString()).isEqualTo("Café");
	}

	@Test
	void aDayThatDoesNotExistOrAYearOutsideTheRangeIsRefusedAndNothingIsWritten() {
		var before = snapshot();
		mutate(this.curator, "addSource", Map.of("title", "Статья о несуществующем дне", "publishedOn", "2025-02-30"))
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("2025-02-30")
					.contains("YYYY-MM-DD")
					.doesNotContain("java")
					.doesNotContain("graphql.");
				assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
			}));
		mutate(this.curator, "upsertEntity",
				Map.of("type", "EVENT", "name", "Конгресс", "nameEn", "Congress", "date", "+999999999-12-31", "sources",
						List.of(evidence("source:004", "слова"))))
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("+999999999-12-31")));
		var old = mutate(this.curator, "upsertEntity", Map.of("type", "EVENT", "name", "Съезд", "nameEn", "Congress",
				"date", "1799-06-01", "sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(old, "upsertEntity")).containsExactly(
				new FieldProblem("date", "date must be a day of the years 1800 to 2100, was 1799-06-01.", "INVALID"));
		var since = mutate(this.curator, "addRelationship", Map.of("type", "COOPERATES_WITH", "from", PHTHISIO, "to",
				TBILISI_HOSPITAL, "since", "0001-01-01", "sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(since, "addRelationship")).extracting(FieldProblem::field).containsExactly("since");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void exportsStayWellFormedAndInertWhateverWasWrittenStraightIntoTheDatabase() throws Exception {
		// What the API refuses, a Bolt client or a script can still store.
		String hostile = "x\u0000\u0007\uFFFF</data>&\u202E";
		this.driver.executableQuery("""
				CREATE (t:Entity:Institution {id: 'institution:bolt-' + $hostile, name: $hostile,
				  nameEn: '=HYPERLINK("http://x")', kind: 'HOSPITAL'})
				WITH t MATCH (p:Entity {id: $person})
				CREATE (p)-[:AFFILIATED_WITH {role: '@SUM(1)', sources: ['source:004'], evidence: [$hostile]}]->(t)""")
			.withParameters(Map.of("hostile", hostile, "person", NEFEDOV))
			.execute();
		try {
			String graphml = download("/export/graph.graphml");
			var document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
			assertThat(document.getElementsByTagName("node").getLength()).isPositive();
			assertThat(graphml).contains("x\uFFFD\uFFFD\uFFFD&lt;/data&gt;&amp;\u202E");
			String nodes = download("/export/graph.csv?part=nodes");
			assertThat(nodes).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");
			String edges = download("/export/graph.csv?part=edges");
			assertThat(edges).contains(",'@SUM(1),").doesNotContain(",@SUM");
		}
		finally {
			this.driver
				.executableQuery("MATCH (t:Institution) WHERE t.id STARTS WITH 'institution:bolt-' DETACH DELETE t")
				.execute();
		}
	}

	@Test
	void reportsEveryProblemOfAnEntityAtOnceAndWritesNothing() {
		var before = snapshot();
		var response = mutate(this.curator, "upsertEntity",
				Map.of("type", "INSTITUTION", "name", "Новый центр", "kind", "SPACESHIP", "titles",
						List.of("профессор"), "date", "2024-01-01", "sources",
						List.of(evidence("source:999", "слова"), evidence("source:004", "  "))));
		assertThat(errors(response, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple("nameEn", "REQUIRED"),
					org.assertj.core.groups.Tuple.tuple("kind", "INVALID"),
					org.assertj.core.groups.Tuple.tuple("titles", "NOT_APPLICABLE"),
					org.assertj.core.groups.Tuple.tuple("date", "NOT_APPLICABLE"),
					org.assertj.core.groups.Tuple.tuple("sources[0].source", "NOT_FOUND"),
					org.assertj.core.groups.Tuple.tuple("sources[1].evidence", "REQUIRED"));
		assertThat(errors(response, "upsertEntity")).filteredOn(e -> e.field().equals("kind"))
			.singleElement()
			.satisfies(e -> assertThat(e.message()).contains("InstitutionKind")
				.contains("CANCER_CENTER")
				.contains("SPACESHIP"));
		var noSources = mutate(this.curator, "upsertEntity",
				Map.of("type", "TOPIC", "name", "радиохирургия", "nameEn", "Radiosurgery", "sources", List.of()));
		assertThat(errors(noSources, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("sources", "REQUIRED"));
		var unknown = mutate(this.curator, "upsertEntity",
				Map.of("id", "person:nobody", "type", "PERSON", "sources", List.of(evidence("source:004", "слова"))));
		assertThat(errors(unknown, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("id", "NOT_FOUND"));
		var wrongKind = mutate(this.curator, "upsertEntity", Map.of("id", NEFEDOV, "type", "INSTITUTION", "sources",
				List.of(evidence("source:004", "Андрей Нефедов"))));
		assertThat(errors(wrongKind, "upsertEntity")).extracting(FieldProblem::field).containsExactly("type");
		var badEvent = mutate(this.curator, "upsertEntity",
				Map.of("type", "EVENT", "name", "Будущий конгресс", "nameEn", "Future congress", "status", "HELD",
						"date", "2999-01-01", "datePrecision", "YEAR", "sources",
						List.of(evidence("source:004", "слова"))));
		assertThat(errors(badEvent, "upsertEntity")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("date", "INVALID"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void changesAnEntityKeepingItsIdAndCreationAndRecordingWhoChangedIt() {
		String source = addSource("Новости Американского госпиталя Тбилиси");
		var created = mutate(this.curator, "upsertEntity", Map.of("type", "INSTITUTION", "name", "Клиника Кэрол",
				"nameEn", "Carol Clinic", "kind", "HOSPITAL", "sources", List.of(evidence(source, "Клиника Кэрол"))));
		String id = created.path("upsertEntity.entity.id").entity(String.class).get();
		assertThat(id).isEqualTo("institution:carol-clinic");
		String createdAt = created.path("upsertEntity.entity.audit.createdAt").entity(String.class).get();
		var changed = mutate(this.admin, "upsertEntity", Map.of("id", id, "type", "INSTITUTION", "aliases",
				List.of("Кэрол"), "region", "Тбилиси", "sources", List.of(evidence(source, "в Клинике Кэрол"))));
		assertThat(errors(changed, "upsertEntity")).isEmpty();
		changed.path("upsertEntity.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("upsertEntity.entity.name")
			.entity(String.class)
			.isEqualTo("Клиника Кэрол")
			.path("upsertEntity.entity.aliases")
			.entityList(String.class)
			.containsExactly("Кэрол")
			.path("upsertEntity.entity.region")
			.entity(String.class)
			.isEqualTo("Тбилиси")
			.path("upsertEntity.entity.sources")
			.entityList(Object.class)
			.hasSize(1)
			.path("upsertEntity.entity.sources[0].evidence")
			.entity(String.class)
			.isEqualTo("в Клинике Кэрол")
			.path("upsertEntity.entity.audit.createdAt")
			.entity(String.class)
			.isEqualTo(createdAt)
			.path("upsertEntity.entity.audit.createdBy")
			.entity(String.class)
			.isEqualTo("curator-bot")
			.path("upsertEntity.entity.audit.updatedBy")
			.entity(String.class)
			.isEqualTo("admin-bot");
	}

	// --- addRelationship
	// -------------------------------------------------------------------------

	@Test
	void refusesSelfLoopsUnknownEndsAndRelationsTheModelDoesNotHaveAndWritesNothing() {
		var before = snapshot();
		var selfLoop = mutate(this.curator, "addRelationship", Map.of("type", "COOPERATES_WITH", "from", VKO_CENTER,
				"to", VKO_CENTER, "sources", List.of(evidence("source:004", "Онкоцентр"))));
		assertThat(errors(selfLoop, "addRelationship")).extracting(FieldProblem::field, FieldProblem::code)
			.contains(org.assertj.core.groups.Tuple.tuple("to", "SELF_LOOP"));
		var unknown = mutate(this.curator, "addRelationship", Map.of("type", "AFFILIATED_WITH", "from", "person:nobody",
				"to", VKO_CENTER, "sources", List.of(evidence("source:004", "Онкоцентр"))));
		assertThat(errors(unknown, "addRelationship")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("from", "NOT_FOUND"));
		var notAllowed = mutate(this.curator, "addRelationship",
				Map.of("type", "AFFILIATED_WITH", "from", NEFEDOV, "to", "topic:oncourology", "role", "хирург",
						"sources", List.of(evidence("source:004", "Андрей Нефедов"))));
		assertThat(errors(notAllowed, "addRelationship")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("type", "NOT_ALLOWED"));
		var badProperties = mutate(this.curator, "addRelationship",
				Map.of("type", "COOPERATES_WITH", "from", NEFEDOV, "to", TBILISI_HOSPITAL, "status", "MAYBE", "role",
						"хирург", "since", "2999-01-01", "sources", List.of(evidence("source:004", "Андрей Нефедов"))));
		assertThat(errors(badProperties, "addRelationship")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("status", "INVALID"),
					org.assertj.core.groups.Tuple.tuple("role", "NOT_APPLICABLE"),
					org.assertj.core.groups.Tuple.tuple("since", "INVALID"));
		var noEvidence = mutate(this.curator, "addRelationship",
				Map.of("type", "COOPERATES_WITH", "from", NEFEDOV, "to", TBILISI_HOSPITAL, "sources", List.of()));
		assertThat(errors(noEvidence, "addRelationship")).extracting(FieldProblem::field).containsExactly("sources");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aRelationshipStatedAgainGetsTheNewSourceAppendedToItsProvenance() {
		String source = addSource("Петербургские фтизиопульмонологи на конгрессе");
		var response = mutate(this.curator, "addRelationship", Map.of("type", "AFFILIATED_WITH", "from", NEFEDOV, "to",
				PHTHISIO, "sources", List.of(evidence(source, "хирург НИИ фтизиопульмонологии Андрей Нефедов"))));
		assertThat(errors(response, "addRelationship")).isEmpty();
		response.path("addRelationship.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("addRelationship.relationship.id")
			.entity(String.class)
			.isEqualTo(NEFEDOV + "|AFFILIATED_WITH|" + PHTHISIO)
			.path("addRelationship.relationship.sources[*].source.id")
			.entityList(String.class)
			.containsExactly("source:004", source)
			.path("addRelationship.relationship.sources[1].evidence")
			.entity(String.class)
			.isEqualTo("хирург НИИ фтизиопульмонологии Андрей Нефедов")
			.path("addRelationship.relationship.audit.createdAt")
			.valueIsNull()
			.path("addRelationship.relationship.audit.updatedBy")
			.entity(String.class)
			.isEqualTo("curator-bot");
		var stored = this.driver.executableQuery(
				"""
						MATCH (:Person {id: $from})-[r:AFFILIATED_WITH]->(:Institution {id: $to}) RETURN r.sources AS sources, r.evidence AS evidence""")
			.withParameters(Map.of("from", NEFEDOV, "to", PHTHISIO))
			.execute()
			.records()
			.getFirst();
		assertThat(stored.get("sources").asList()).containsExactly("source:004", source);
		assertThat(stored.get("evidence").asList()).hasSize(2);
	}

	// --- a new document's facts, end to end
	// ------------------------------------------------------

	@Test
	void aCuratorAddsADocumentsFactsAndFindsThemInSearchPathsViewsAndAnalytics() {
		// Warm the analytics cache first: the write must invalidate it.
		this.anonymous.document("{ components(types: [PERSON]) { members { id } } }").execute();
		String source = addSource("Грузинские онкологи в Усть-Каменогорске");
		String person = mutate(this.curator, "upsertEntity",
				Map.of("type", "PERSON", "name", "Нино Беридзе", "sources",
						List.of(evidence(source, "онколог Нино Беридзе"))))
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.get();
		assertThat(person).isEqualTo("person:beridze-nino");
		var affiliation = mutate(this.curator, "addRelationship",
				Map.of("type", "AFFILIATED_WITH", "from", person, "to", TBILISI_HOSPITAL, "role", "онколог", "roleEn",
						"oncologist", "sources",
						List.of(evidence(source, "онколог Американского госпиталя Тбилиси Нино Беридзе"))));
		assertThat(errors(affiliation, "addRelationship")).isEmpty();
		affiliation.path("addRelationship.created")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("addRelationship.relationship.properties.role")
			.entity(String.class)
			.isEqualTo("онколог")
			.path("addRelationship.relationship.audit.createdBy")
			.entity(String.class)
			.isEqualTo("curator-bot");
		mutate(this.curator, "addRelationship",
				Map.of("type", "COOPERATES_WITH", "from", person, "to", VKO_CENTER, "status", "ACTIVE", "subject",
						"обмен опытом", "subjectEn", "sharing experience", "since", "2024-09-01", "sources",
						List.of(evidence(source, "Беридзе давно сотрудничает с Онкоцентром"))))
			.path("addRelationship.errors")
			.entityList(FieldProblem.class)
			.hasSize(0);

		// search, in Russian and in Latin letters
		this.anonymous.documentName("search")
			.variable("text", "Беридзе")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(person);
		this.anonymous.documentName("search")
			.variable("text", "Beridze")
			.execute()
			.path("search[0].node.id")
			.entity(String.class)
			.isEqualTo(person);
		// paths, with the new source's words
		var path = this.anonymous.documentName("collaborationPaths")
			.variable("from", person)
			.variable("to", NEFEDOV)
			.variable("maxHops", 2)
			.execute();
		path.path("collaborationPaths[0].length")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("collaborationPaths[0].steps[0].to.id")
			.entity(String.class)
			.isEqualTo(VKO_CENTER)
			.path("collaborationPaths[0].steps[0].sources[0].source.id")
			.entity(String.class)
			.isEqualTo(source)
			.path("collaborationPaths[0].steps[0].sources[0].evidence")
			.entity(String.class)
			.isEqualTo("Беридзе давно сотрудничает с Онкоцентром");
		// views, with provenance on nodes and edges
		var view = this.anonymous.documentName("viewNeighborhood").variable("id", person).execute();
		view.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.contains(person, TBILISI_HOSPITAL, VKO_CENTER)
			.path("neighborhood.edges[*].id")
			.entityList(String.class)
			.contains(person + "|AFFILIATED_WITH|" + TBILISI_HOSPITAL, person + "|COOPERATES_WITH|" + VKO_CENTER)
			.path("neighborhood.nodes[0].properties.sources[0].evidence")
			.entity(String.class)
			.isEqualTo("онколог Нино Беридзе");
		// node lookups and the entity's relationships
		this.anonymous
			.document("{ person(id: \"" + person
					+ "\") { affiliations { institution { id } roleEn sources { source { id } } } } }")
			.execute()
			.path("person.affiliations[0].institution.id")
			.entity(String.class)
			.isEqualTo(TBILISI_HOSPITAL)
			.path("person.affiliations[0].sources[0].source.id")
			.entity(String.class)
			.isEqualTo(source);
		// analytics and exports read the graph again after the write
		this.anonymous.document("{ components(types: [PERSON]) { members { id } } }")
			.execute()
			.path("components[*].members[*].id")
			.entityList(String.class)
			.contains(person);
	}

	// --- retractFact
	// -----------------------------------------------------------------------------

	@Test
	void retractingARelationshipRemovesItFromPathsAndViewsAndKeepsItInTheHistory() {
		String source = addSource("Сотрудничество Кутаиси и Тбилиси");
		String person = mutate(this.curator, "upsertEntity",
				Map.of("type", "PERSON", "name", "Гиорги Кутателадзе", "sources",
						List.of(evidence(source, "Гиорги Кутателадзе"))))
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.get();
		mutate(this.curator, "addRelationship", Map.of("type", "AFFILIATED_WITH", "from", person, "to",
				TBILISI_HOSPITAL, "role", "хирург", "sources", List.of(evidence(source, "хирург Гиорги Кутателадзе"))));
		var ref = Map.of("type", "AFFILIATED_WITH", "from", person, "to", TBILISI_HOSPITAL);

		var forbidden = mutate(this.curator, "retractFact", Map.of("relationship", ref, "reason", "неверно"));
		forbidden.errors().expect(error -> error.getErrorType() == ErrorType.FORBIDDEN).verify();

		var retracted = mutate(this.admin, "retractFact",
				Map.of("relationship", ref, "reason", "Он работает в другой клинике."));
		assertThat(errors(retracted, "retractFact")).isEmpty();
		retracted.path("retractFact.retraction.kind")
			.entity(String.class)
			.isEqualTo("RELATIONSHIP")
			.path("retractFact.retraction.type")
			.entity(String.class)
			.isEqualTo("AFFILIATED_WITH")
			.path("retractFact.retraction.fromId")
			.entity(String.class)
			.isEqualTo(person)
			.path("retractFact.retraction.toId")
			.entity(String.class)
			.isEqualTo(TBILISI_HOSPITAL)
			.path("retractFact.retraction.properties.role")
			.entity(String.class)
			.isEqualTo("хирург")
			.path("retractFact.retraction.properties.sources")
			.entityList(String.class)
			.containsExactly(source)
			.path("retractFact.retraction.retractedBy")
			.entity(String.class)
			.isEqualTo("admin-bot");

		this.anonymous.documentName("collaborationPaths")
			.variable("from", person)
			.variable("to", TBILISI_HOSPITAL)
			.execute()
			.path("collaborationPaths")
			.entityList(Object.class)
			.hasSize(0);
		this.anonymous.documentName("viewNeighborhood")
			.variable("id", person)
			.execute()
			.path("neighborhood.edges")
			.entityList(Object.class)
			.hasSize(0);
		this.curator.documentName("retractions")
			.variable("id", person)
			.execute()
			.path("retractions[0].reason")
			.entity(String.class)
			.isEqualTo("Он работает в другой клинике.")
			.path("retractions[0].toId")
			.entity(String.class)
			.isEqualTo(TBILISI_HOSPITAL);

		var again = mutate(this.admin, "retractFact", Map.of("relationship", ref, "reason", "ещё раз"));
		assertThat(errors(again, "retractFact")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("relationship", "NOT_FOUND"));
	}

	@Test
	void retractingAnEntityTakesItOutOfEveryReadAndKeepsItAndItsRelationshipsInTheHistory() {
		String source = addSource("Ошибочная заметка о клинике");
		String clinic = mutate(this.curator, "upsertEntity",
				Map.of("type", "INSTITUTION", "name", "Клиника Призрак", "nameEn", "Phantom Clinic", "kind", "HOSPITAL",
						"sources", List.of(evidence(source, "Клиника Призрак"))))
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.get();
		mutate(this.curator, "addRelationship", Map.of("type", "COOPERATES_WITH", "from", clinic, "to", VKO_CENTER,
				"status", "PLANNED", "sources", List.of(evidence(source, "Призрак и Онкоцентр"))));
		this.anonymous.documentName("collaborationPaths")
			.variable("from", clinic)
			.variable("to", VKO_CENTER)
			.execute()
			.path("collaborationPaths[0].length")
			.entity(Integer.class)
			.isEqualTo(1);

		var response = mutate(this.admin, "retractFact", Map.of("entity", clinic, "reason", "Такой клиники нет."));
		assertThat(errors(response, "retractFact")).isEmpty();
		response.path("retractFact.retraction.kind")
			.entity(String.class)
			.isEqualTo("ENTITY")
			.path("retractFact.retraction.type")
			.entity(String.class)
			.isEqualTo("Institution")
			.path("retractFact.retraction.properties.nameEn")
			.entity(String.class)
			.isEqualTo("Phantom Clinic")
			.path("retractFact.relationships[*].type")
			.entityList(String.class)
			.containsExactly("COOPERATES_WITH", "MENTIONS");
		String entityRetraction = response.path("retractFact.retraction.id").entity(String.class).get();
		response.path("retractFact.relationships[*].partOf")
			.entityList(String.class)
			.containsExactly(entityRetraction, entityRetraction);

		this.anonymous.documentName("node")
			.variable("id", clinic)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND)
			.verify()
			.path("node")
			.valueIsNull();
		this.anonymous.documentName("search")
			.variable("text", "Phantom Clinic")
			.execute()
			.path("search[*].node.id")
			.entityList(String.class)
			.doesNotContain(clinic);
		this.anonymous.documentName("collaborationPaths")
			.variable("from", clinic)
			.variable("to", VKO_CENTER)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND)
			.verify();
		this.anonymous.documentName("viewNeighborhood")
			.variable("id", clinic)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND)
			.verify();
		this.anonymous.documentName("viewNeighborhood")
			.variable("id", VKO_CENTER)
			.execute()
			.path("neighborhood.nodes[*].id")
			.entityList(String.class)
			.doesNotContain(clinic);
		this.anonymous.document("{ source(id: \"" + source + "\") { mentions { entity { id } } } }")
			.execute()
			.path("source.mentions")
			.entityList(Object.class)
			.hasSize(0);

		this.admin.documentName("retractions")
			.variable("id", clinic)
			.execute()
			.path("retractions[*].kind")
			.entityList(String.class)
			.contains("ENTITY", "RELATIONSHIP");
		var kept = this.driver.executableQuery(
				"MATCH (n:Retracted {id: $id}) RETURN labels(n) AS labels, n.retractedLabels AS was, n.nameEn AS nameEn")
			.withParameters(Map.of("id", clinic))
			.execute()
			.records();
		assertThat(kept).singleElement().satisfies(row -> {
			assertThat(row.get("labels").asList()).containsExactly("Retracted");
			assertThat(row.get("was").asList()).containsExactlyInAnyOrder("Entity", "Institution");
			assertThat(row.get("nameEn").asString()).isEqualTo("Phantom Clinic");
		});
		// The retracted id stays taken: an entity of the same name now gets another one.
		mutate(this.curator, "upsertEntity",
				Map.of("type", "INSTITUTION", "name", "Клиника Призрак", "nameEn", "Phantom Clinic", "sources",
						List.of(evidence(source, "Клиника Призрак"))))
			.path("upsertEntity.entity.id")
			.entity(String.class)
			.isEqualTo(clinic + "-2");
	}

	@Test
	void aRetractionNeedsExactlyOneFactAndAReasonAndWritesNothingOtherwise() {
		var before = snapshot();
		var both = mutate(this.admin, "retractFact", Map.of("entity", NEFEDOV, "relationship",
				Map.of("type", "AFFILIATED_WITH", "from", NEFEDOV, "to", PHTHISIO), "reason", " "));
		assertThat(errors(both, "retractFact")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("reason", "REQUIRED"),
					org.assertj.core.groups.Tuple.tuple("entity", "INVALID"));
		var unknown = mutate(this.admin, "retractFact", Map.of("entity", "person:nobody", "reason", "нет такого"));
		assertThat(errors(unknown, "retractFact")).extracting(FieldProblem::field, FieldProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("entity", "NOT_FOUND"));
		assertThat(snapshot()).isEqualTo(before);
		this.anonymous.documentName("node")
			.variable("id", NEFEDOV)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(NEFEDOV);
	}

}
