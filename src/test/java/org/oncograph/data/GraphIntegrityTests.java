package org.oncograph.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the whole loaded graph must have, whatever the documents say: provenance,
 * names, no duplicates.
 */
@GraphTest
class GraphIntegrityTests {

	static final Set<String> KINDS = Set.of("Person", "Institution", "City", "Country", "Association", "Program",
			"Topic", "Event");

	@Autowired
	Driver driver;

	List<Record> query(String cypher) {
		return this.driver.executableQuery(cypher).execute().records();
	}

	@Test
	void everyEntityHasOneKindAndItsNames() {
		var bad = query(
				"""
						MATCH (n:Entity)
						WHERE size(labels(n)) <> 2 OR n.name IS NULL OR trim(n.name) = '' OR n.nameEn IS NULL OR trim(n.nameEn) = ''
						   OR n.aliases IS NULL OR n.aliasesEn IS NULL OR NOT n.id =~ '[a-z]+:[a-z0-9][a-z0-9-]*'
						RETURN n.id AS id""");
		assertThat(bad).extracting(r -> r.get("id").asString()).isEmpty();
		var labels = query("MATCH (n:Entity) UNWIND labels(n) AS label RETURN DISTINCT label");
		assertThat(labels).extracting(r -> r.get("label").asString())
			.allMatch(label -> label.equals("Entity") || KINDS.contains(label));
	}

	@Test
	void idsStartWithTheirKind() {
		var bad = query("""
				MATCH (n:Entity)
				WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind
				WHERE NOT n.id STARTS WITH toLower(kind) + ':'
				RETURN n.id AS id""");
		assertThat(bad).extracting(r -> r.get("id").asString()).isEmpty();
	}

	@Test
	void everyEntityIsMentionedBySomeSource() {
		var orphans = query("MATCH (n:Entity) WHERE NOT EXISTS { (:Source)-[:MENTIONS]->(n) } RETURN n.id AS id");
		assertThat(orphans).extracting(r -> r.get("id").asString()).isEmpty();
	}

	@Test
	void everyRelationshipNamesItsSourcesWithEvidence() {
		var bad = query(
				"""
						MATCH (a)-[r]->(b)
						WHERE type(r) <> 'MENTIONS' AND NOT a:__OncoGraphMigration
						  AND (r.sources IS NULL OR size(r.sources) = 0 OR r.evidence IS NULL OR size(r.evidence) <> size(r.sources)
						       OR any(s IN r.sources WHERE NOT EXISTS { (:Source {id: s}) }))
						RETURN a.id + ' -' + type(r) + '-> ' + b.id AS rel""");
		assertThat(bad).extracting(r -> r.get("rel").asString()).isEmpty();
		var unevidenced = query(
				"MATCH (:Source)-[m:MENTIONS]->(n) WHERE m.evidence IS NULL OR trim(m.evidence) = '' RETURN n.id AS id");
		assertThat(unevidenced).extracting(r -> r.get("id").asString()).isEmpty();
	}

	@Test
	void evidenceIsQuotedVerbatimFromItsDocument() {
		Map<String, String> texts = new HashMap<>();
		for (Record source : query("MATCH (s:Source {kind: 'DOCUMENT'}) RETURN s.id AS id, s.file AS file")) {
			texts.put(source.get("id").asString(), normalize(seed(source.get("file").asString())));
		}
		assertThat(texts).hasSize(5);
		var quotes = query(
				"""
						MATCH (s:Source {kind: 'DOCUMENT'})-[m:MENTIONS]->(n) RETURN s.id AS source, m.evidence AS evidence, n.id AS about
						UNION ALL
						MATCH (a)-[r]->(b) WHERE r.sources IS NOT NULL
						UNWIND range(0, size(r.sources) - 1) AS i
						RETURN r.sources[i] AS source, r.evidence[i] AS evidence, a.id + ' -' + type(r) + '-> ' + b.id AS about""");
		List<String> misquoted = new ArrayList<>();
		for (Record quote : quotes) {
			String text = texts.get(quote.get("source").asString());
			if (text != null && !text.contains(normalize(quote.get("evidence").asString()))) {
				misquoted.add(quote.get("source").asString() + " / " + quote.get("about").asString() + ": "
						+ quote.get("evidence").asString());
			}
		}
		assertThat(misquoted).isEmpty();
	}

	@Test
	void peoplesEnglishNamesAreTheirBgnTransliteration() {
		var bgn = Transliterator.getInstance("Russian-Latin/BGN");
		var people = query("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn");
		assertThat(people).isNotEmpty()
			.allSatisfy(person -> assertThat(person.get("nameEn").asString()).as(person.get("id").asString())
				.isEqualTo(bgn.transliterate(person.get("name").asString())));
	}

	@Test
	void noTwoEntitiesOfAKindShareANameOrAlias() {
		var names = query("""
				MATCH (n:Entity)
				UNWIND [n.name, n.nameEn] + n.aliases + n.aliasesEn AS name
				RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.id AS id, name""");
		Map<String, String> owner = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (Record row : names) {
			String key = row.get("kind").asString() + "/" + fold(row.get("name").asString());
			String id = row.get("id").asString();
			String previous = owner.putIfAbsent(key, id);
			if (previous != null && !previous.equals(id)) {
				clashes.add(previous + " and " + id + " are both called " + row.get("name").asString());
			}
		}
		assertThat(clashes).isEmpty();
	}

	@Test
	void kindsAndStatusesComeFromTheModel() {
		var bad = this.driver.executableQuery("""
				MATCH (n:Entity)
				WHERE (n:Institution AND NOT n.kind IN $InstitutionKind)
				   OR (n:Association AND NOT n.kind IN $AssociationKind)
				   OR (n:Program AND (NOT n.kind IN $ProgramKind OR NOT n.status IN $ProgramStatus))
				   OR (n:Event AND (NOT n.kind IN $EventKind OR NOT n.status IN $EventStatus))
				   OR (n:Event AND n.date IS NOT NULL AND NOT n.datePrecision IN $DatePrecision)
				   OR (n:Event AND n.date IS NULL AND n.datePrecision IS NOT NULL)
				   OR (n:Event AND n.dateRelative AND n.dateText IS NULL)
				   OR (n:Country AND NOT n.iso2 =~ '[A-Z]{2}')
				RETURN n.id AS id""")
			.withParameters(schemaEnums("InstitutionKind", "AssociationKind", "ProgramKind", "ProgramStatus",
					"EventKind", "EventStatus", "DatePrecision"))
			.execute()
			.records();
		assertThat(bad).extracting(r -> r.get("id").asString()).isEmpty();
		var cooperation = this.driver.executableQuery("""
				MATCH ()-[r:COOPERATES_WITH]->() WHERE NOT r.status IN $CooperationStatus OR r.subject IS NULL
				RETURN elementId(r) AS id""").withParameters(schemaEnums("CooperationStatus")).execute().records();
		assertThat(cooperation).isEmpty();
	}

	/** The values of these enums of the schema (the API contract), by enum name. */
	private static Map<String, Object> schemaEnums(String... names) {
		var schema = new graphql.schema.idl.SchemaParser().parse(java.nio.file.Path.of("schema.graphqls").toFile());
		Map<String, Object> values = new HashMap<>();
		for (String name : names) {
			values.put(name,
					schema.getType(name, graphql.language.EnumTypeDefinition.class)
						.orElseThrow()
						.getEnumValueDefinitions()
						.stream()
						.map(graphql.language.EnumValueDefinition::getName)
						.toList());
		}
		return values;
	}

	@Test
	void everyDocumentIsASourceWithItsDateOrTheReasonItHasNone() {
		var sources = query("""
				MATCH (s:Source {kind: 'DOCUMENT'})
				RETURN s.id AS id, s.file AS file, s.title AS title, s.language AS language,
				       s.publishedOn IS NOT NULL OR s.publishedOnNote IS NOT NULL AS dated
				ORDER BY id""");
		assertThat(sources).extracting(r -> r.get("id").asString())
			.containsExactly("source:000", "source:001", "source:002", "source:003", "source:004");
		assertThat(sources).allSatisfy(source -> {
			assertThat(seed(source.get("file").asString())).isNotBlank();
			assertThat(source.get("title").asString()).isNotBlank();
			assertThat(source.get("language").asString()).isEqualTo("ru");
			assertThat(source.get("dated").asBoolean()).as("date of " + source.get("id")).isTrue();
		});
	}

	private static String seed(String file) {
		try {
			return new ClassPathResource("seeds/" + file).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("no seed document " + file, ex);
		}
	}

	/**
	 * Text compared the way a reader would: one space for any run of white space,
	 * typographic dashes as one.
	 */
	private static String normalize(String text) {
		return text.replaceAll("\\s+", " ").replace('–', '—').strip();
	}

	/**
	 * A name reduced to its letters and digits, lower case, ё as е: two entities must not
	 * fold to the same.
	 */
	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKC)
			.toLowerCase()
			.replace('ё', 'е')
			.replaceAll("[^\\p{L}\\p{Nd}]+", "");
	}

}
