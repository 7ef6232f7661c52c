package org.oncograph.curation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.curation.Payloads.EntityPayload;
import org.oncograph.curation.Payloads.RelationshipPayload;
import org.oncograph.curation.Payloads.RetractionPayload;
import org.oncograph.curation.Payloads.SourcePayload;
import org.oncograph.entity.Entity;
import org.oncograph.entity.EntityType;
import org.oncograph.entity.Nodes;
import org.oncograph.entity.Source;
import org.oncograph.path.RelationKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The mutations. Each runs in one write transaction that first takes the curation lock (so checks for duplicates and
 * the choice of new ids see every earlier write), then checks the whole input, and writes only when nothing is
 * wrong; a payload with errors rolls the transaction back. Facts are stored exactly as the Cypher scripts store them:
 * {@code (:Source)-[:MENTIONS {evidence}]->(entity)}, and {@code sources}/{@code evidence} lists on relationships.
 */
@Service
@Transactional
class Curation {

	private static final Pattern SOURCE_ID = Pattern.compile("source:[a-z0-9][a-z0-9-]{0,60}");

	/** The node every mutation locks first (created by {@code V0008__Curation.cypher}, made here if missing). */
	private static final String LOCK = "MERGE (l:__CurationLock {id: 'curation'}) SET l.lockedAt = $now";

	/** The labels a retracted entity loses: {@code :Entity} and every kind. */
	private static final String ENTITY_LABELS = "Entity:Person:Institution:City:Country:Association:Program:Topic:Event";

	/** Sets the entity's properties and audit fields and records each source's words as its MENTIONS. */
	private static final String ENTITY_WRITE = """
			SET n += $properties, n.updatedAt = $now, n.updatedBy = $user
			WITH n
			CALL (n) {
			  UNWIND $sources AS e
			  MATCH (s:Source {id: e.source})
			  MERGE (s)-[m:MENTIONS]->(n)
			  ON CREATE SET m.createdAt = $now, m.createdBy = $user
			  SET m.evidence = e.evidence, m.updatedAt = $now, m.updatedBy = $user
			}
			RETURN n""";

	/**
	 * The relationship, its properties and audit fields, and its provenance: a source not yet stating it is appended
	 * with its words (the scripts' idiom), a source already stating it gets the new words in place.
	 */
	private static final String RELATIONSHIP_WRITE = """
			CYPHER 25
			MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
			MERGE (a)-[r:$($type)]->(b)
			ON CREATE SET r.createdAt = $now, r.createdBy = $user
			SET r += $properties, r.updatedAt = $now, r.updatedBy = $user
			WITH a, b, r, coalesce(r.sources, []) AS known, coalesce(r.evidence, []) AS said
			WITH a, b, r, known, said, [e IN $sources WHERE NOT e.source IN known] AS fresh
			SET r.sources = known + [e IN fresh | e.source],
			    r.evidence = [i IN range(0, size(known) - 1) |
			                   coalesce(head([e IN $sources WHERE e.source = known[i] | e.evidence]), said[i])]
			                 + [e IN fresh | e.evidence]
			RETURN a, b, type(r) AS type, properties(r) AS properties,
			       [i IN range(0, size(r.sources) - 1) |
			          {source: head(COLLECT { MATCH (s:Source {id: r.sources[i]}) RETURN s }), evidence: r.evidence[i]}] AS provenance""";

	private final Neo4jClient neo4j;

	private final Vocabulary vocabulary;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	Curation(Neo4jClient neo4j, Vocabulary vocabulary, ApplicationEventPublisher events, JsonMapper json) {
		this.neo4j = neo4j;
		this.vocabulary = vocabulary;
		this.events = events;
		this.json = json;
	}

	SourcePayload addSource(SourceInput input, String user) {
		OffsetDateTime now = lock();
		var problems = new Problems();
		problems.requireText("title", input.title());
		problems.optionalText("titleEn", input.titleEn());
		problems.optionalText("publisher", input.publisher());
		problems.optionalText("publishedOnNote", input.publishedOnNote());
		problems.optionalText("file", input.file());
		notInTheFuture(problems, "publishedOn", input.publishedOn(), now);
		Source existing = null;
		if (input.id() != null) {
			if (!SOURCE_ID.matcher(input.id()).matches()) {
				problems.add("id", FieldError.Code.INVALID, "id must look like 'source:<lower-case letters, digits, hyphens>', was '"
						+ input.id() + "'.");
			}
			else {
				existing = sources().stream().filter(s -> s.id().equals(input.id())).findFirst().orElse(null);
				if (existing != null) {
					problems.add("id", FieldError.Code.DUPLICATE, "A source with id '" + input.id() + "' exists already.");
				}
			}
		}
		if (existing == null && input.title() != null && !input.title().isBlank()) {
			String key = Names.key(input.title());
			existing = sources().stream().filter(s -> Names.key(s.title()).equals(key)).findFirst().orElse(null);
			if (existing != null) {
				problems.add("title", FieldError.Code.DUPLICATE,
						"Source '" + existing.id() + "' has the same title; cite it instead of adding it again.");
			}
		}
		if (problems.any()) {
			return SourcePayload.failed(rollBack(problems), existing);
		}
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("title", input.title().strip());
		properties.put("titleEn", input.titleEn());
		properties.put("titleIsDescriptive", Boolean.TRUE.equals(input.titleIsDescriptive()));
		properties.put("publisher", input.publisher());
		properties.put("publishedOn", input.publishedOn());
		properties.put("publishedOnNote", input.publishedOnNote());
		properties.put("language", (input.language() != null) ? input.language().toLanguageTag() : "ru");
		properties.put("kind", "DOCUMENT");
		properties.put("file", input.file());
		Source source = this.neo4j.query("""
				CREATE (s:Source {id: $id})
				SET s += $properties, s.createdAt = $now, s.createdBy = $user, s.updatedAt = $now, s.updatedBy = $user
				RETURN s""")
			.bindAll(Map.of("id", (input.id() != null) ? input.id() : nextSourceId(), "properties", properties, "now", now,
					"user", user))
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.one()
			.orElseThrow();
		changed("addSource");
		return new SourcePayload(source, null, List.of());
	}

	EntityPayload upsertEntity(EntityInput input, String user) {
		OffsetDateTime now = lock();
		var problems = new Problems();
		EntityType type = input.type();
		boolean creating = input.id() == null;
		Entity current = null;
		if (!creating) {
			current = entities(List.of(input.id())).get(input.id());
			if (current == null) {
				problems.add("id", FieldError.Code.NOT_FOUND, "No entity with id '" + input.id() + "'.");
			}
			else if (current.type() != type) {
				problems.add("type", FieldError.Code.INVALID,
						"'" + input.id() + "' is a " + current.type() + ", not a " + type + "; the kind of an entity cannot change.");
			}
		}
		if (creating) {
			problems.requireText("name", input.name());
			if (type != EntityType.PERSON) {
				problems.requireText("nameEn", input.nameEn());
			}
			if (type == EntityType.COUNTRY) {
				problems.requireText("iso2", input.iso2());
			}
		}
		problems.optionalText("name", input.name());
		problems.optionalText("nameEn", input.nameEn());
		checkKindFields(problems, input, now);
		problems.requireEvidence(input.sources(), this::existingSources);
		Entity duplicate = null;
		if (input.name() != null && !input.name().isBlank()) {
			duplicate = duplicateOf(type, input.name(), input.id());
			if (duplicate != null) {
				problems.add("name", FieldError.Code.DUPLICATE, "The " + type.label().toLowerCase() + " '" + duplicate.id()
						+ "' has this name already" + (creating ? "; change it instead (upsertEntity with its id)." : "."));
			}
		}
		if (problems.any()) {
			return EntityPayload.failed(rollBack(problems), duplicate);
		}
		Map<String, Object> properties = entityProperties(input, creating);
		String id = creating ? freeId(Names.id(type, input.name(), (String) properties.get("nameEn"), input.date()))
				: input.id();
		String start = creating
				? "CYPHER 25\nCREATE (n:Entity:$($label) {id: $id}) SET n.createdAt = $now, n.createdBy = $user\n"
				: "CYPHER 25\nMATCH (n:Entity {id: $id})\n";
		Entity entity = this.neo4j.query(start + ENTITY_WRITE)
			.bindAll(Map.of("label", type.label(), "id", id, "properties", properties, "now", now, "user", user,
					"sources", evidence(input.sources())))
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.one()
			.orElseThrow();
		changed("upsertEntity");
		return new EntityPayload(entity, creating, null, List.of());
	}

	RelationshipPayload addRelationship(RelationshipInput input, String user) {
		OffsetDateTime now = lock();
		var problems = new Problems();
		Map<String, Entity> ends = entities(List.of(input.from(), input.to()));
		Entity from = ends.get(input.from());
		Entity to = ends.get(input.to());
		if (from == null) {
			problems.add("from", FieldError.Code.NOT_FOUND, "No entity with id '" + input.from() + "'.");
		}
		if (to == null) {
			problems.add("to", FieldError.Code.NOT_FOUND, "No entity with id '" + input.to() + "'.");
		}
		if (input.from().equals(input.to())) {
			problems.add("to", FieldError.Code.SELF_LOOP,
					"from and to are the same entity ('" + input.from() + "'): a relationship links two different entities.");
		}
		RelationRules.Rule rule = RelationRules.of(input.type());
		if (from != null && to != null && !rule.links(from.type(), to.type())) {
			problems.add("type", FieldError.Code.NOT_ALLOWED, input.type() + " links " + rule.from() + " to " + rule.to()
					+ ", not a " + from.type() + " to a " + to.type() + ".");
		}
		String what = input.type() + " relationships";
		checkProperty(problems, "role", input.role(), rule, what);
		checkProperty(problems, "roleEn", input.roleEn(), rule, what);
		checkProperty(problems, "status", input.status(), rule, what);
		checkProperty(problems, "subject", input.subject(), rule, what);
		checkProperty(problems, "subjectEn", input.subjectEn(), rule, what);
		problems.notApplicable("since", input.since(), rule.properties().contains("since"), what);
		problems.notApplicable("past", input.past(), rule.properties().contains("past"), what);
		if (input.type() == RelationKind.COOPERATES_WITH) {
			problems.requireOneOf("status", input.status(), "CooperationStatus", this.vocabulary.values("CooperationStatus"));
		}
		if (input.type() == RelationKind.PARTICIPATES_IN) {
			problems.requireOneOf("status", input.status(), "ProgramStatus", this.vocabulary.values("ProgramStatus"));
		}
		notInTheFuture(problems, "since", input.since(), now);
		problems.requireEvidence(input.sources(), this::existingSources);
		if (problems.any()) {
			return RelationshipPayload.failed(rollBack(problems));
		}
		boolean created = !relationshipExists(input.type(), input.from(), input.to());
		Map<String, @Nullable Object> properties = new HashMap<>();
		properties.put("role", input.role());
		properties.put("roleEn", input.roleEn());
		properties.put("status", input.status());
		properties.put("subject", input.subject());
		properties.put("subjectEn", input.subjectEn());
		properties.put("since", input.since());
		properties.put("past", input.past());
		properties.values().removeIf(Objects::isNull);
		Relationship relationship = this.neo4j.query(RELATIONSHIP_WRITE)
			.bindAll(Map.of("from", input.from(), "to", input.to(), "type", input.type().name(), "properties", properties,
					"now", now, "user", user, "sources", evidence(input.sources())))
			.fetchAs(Relationship.class)
			.mappedBy((types, row) -> relationship(row))
			.one()
			.orElseThrow();
		changed("addRelationship");
		return new RelationshipPayload(relationship, created, List.of());
	}

	RetractionPayload retractFact(RetractionInput input, String user) {
		OffsetDateTime now = lock();
		var problems = new Problems();
		problems.requireText("reason", input.reason());
		if ((input.entity() == null) == (input.relationship() == null)) {
			problems.add("entity", FieldError.Code.INVALID,
					"Give exactly one of entity (an entity id) and relationship (type, from, to).");
		}
		List<Map<String, Object>> records = new ArrayList<>();
		String reason = (input.reason() != null) ? input.reason().strip() : "";
		if (input.entity() != null) {
			Map<String, Object> entity = retractedEntity(input.entity(), reason, now, user, records);
			if (entity == null) {
				problems.add("entity", FieldError.Code.NOT_FOUND, "No entity with id '" + input.entity() + "'.");
			}
		}
		else if (input.relationship() != null) {
			RelationshipRef ref = input.relationship();
			Map<String, Object> properties = this.neo4j.query("""
					MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
					RETURN properties(r) AS properties""")
				.bindAll(Map.of("from", ref.from(), "to", ref.to(), "type", ref.type().name()))
				.fetchAs(Map.class)
				.mappedBy((types, row) -> row.get("properties").asMap(Curation::plain))
				.one()
				.orElse(null);
			if (properties == null) {
				problems.add("relationship", FieldError.Code.NOT_FOUND, "No " + ref.type() + " relationship from '"
						+ ref.from() + "' to '" + ref.to() + "'.");
			}
			else {
				records.add(record(Retraction.Kind.RELATIONSHIP, ref.type().name(), ref.from(), ref.to(), properties,
						reason, now, user, null));
			}
		}
		if (problems.any()) {
			return RetractionPayload.failed(rollBack(problems));
		}
		this.neo4j.query("UNWIND $records AS record CREATE (x:Retraction) SET x = record")
			.bind(records).to("records")
			.run();
		if (input.entity() != null) {
			this.neo4j.query("""
					MATCH (n:Entity {id: $id})
					SET n.retractedLabels = labels(n), n.retractedAt = $now, n.retractedBy = $user, n.retractionReason = $reason
					WITH n
					CALL (n) { MATCH (n)-[r]-() DELETE r }
					REMOVE n:%s
					SET n:Retracted""".formatted(ENTITY_LABELS))
				.bindAll(Map.of("id", input.entity(), "now", now, "user", user, "reason", reason))
				.run();
		}
		else {
			RelationshipRef ref = Objects.requireNonNull(input.relationship());
			this.neo4j.query("MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type DELETE r")
				.bindAll(Map.of("from", ref.from(), "to", ref.to(), "type", ref.type().name()))
				.run();
		}
		changed("retractFact");
		List<Retraction> retractions = records.stream().map(this::retraction).toList();
		return new RetractionPayload(retractions.getFirst(), retractions.subList(1, retractions.size()), List.of());
	}

	@Transactional(readOnly = true)
	List<Retraction> retractions(@Nullable String id, int first) {
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put("id", id);
		parameters.put("first", first);
		return List.copyOf(this.neo4j.query("""
				MATCH (x:Retraction) WHERE $id IS NULL OR x.fromId = $id OR x.toId = $id
				RETURN x ORDER BY x.retractedAt DESC, x.partOf IS NOT NULL, x.id LIMIT $first""")
			.bindAll(parameters)
			.fetchAs(Retraction.class)
			.mappedBy((types, row) -> retraction(row.get("x").asNode().asMap(Curation::plain)))
			.all());
	}

	/** The audit fields of entities or sources (by label), for those that have them. */
	@Transactional(readOnly = true)
	Map<String, Audit> audit(Collection<String> ids, String label) {
		Map<String, Audit> audit = new HashMap<>();
		this.neo4j.query("CYPHER 25\nUNWIND $ids AS id MATCH (n:$($label) {id: id}) RETURN id, n")
			.bindAll(Map.of("ids", List.copyOf(ids), "label", label))
			.fetchAs(Object.class)
			.mappedBy((types, row) -> {
				Audit of = Audit.of(row.get("n").asNode());
				if (of != null) {
					audit.put(row.get("id").asString(), of);
				}
				return row;
			})
			.all();
		return audit;
	}

	/** Takes the curation lock for the rest of the transaction and returns the time of this write. */
	private OffsetDateTime lock() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		this.neo4j.query(LOCK).bind(now).to("now").run();
		return now;
	}

	/** Nothing of a refused mutation may stay, not even the lock's timestamp. */
	private static Problems rollBack(Problems problems) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return problems;
	}

	private void changed(String mutation) {
		this.events.publishEvent(new GraphChanged(mutation));
	}

	private void checkKindFields(Problems problems, EntityInput input, OffsetDateTime now) {
		EntityType type = input.type();
		String kinds = type.name().toLowerCase() + " entities";
		boolean person = type == EntityType.PERSON;
		boolean program = type == EntityType.PROGRAM;
		boolean event = type == EntityType.EVENT;
		problems.optionalTexts("aliases", input.aliases());
		problems.optionalTexts("aliasesEn", input.aliasesEn());
		problems.optionalTexts("titles", input.titles());
		problems.optionalTexts("titlesEn", input.titlesEn());
		problems.notApplicable("titles", input.titles(), person, kinds);
		problems.notApplicable("titlesEn", input.titlesEn(), person, kinds);
		if (input.titles() != null && input.titlesEn() != null && input.titles().size() != input.titlesEn().size()) {
			problems.add("titlesEn", FieldError.Code.INVALID, "titlesEn must translate titles one to one ("
					+ input.titles().size() + " titles, " + input.titlesEn().size() + " translations).");
		}
		String kindEnum = switch (type) {
			case INSTITUTION -> "InstitutionKind";
			case ASSOCIATION -> "AssociationKind";
			case PROGRAM -> "ProgramKind";
			case EVENT -> "EventKind";
			default -> null;
		};
		problems.notApplicable("kind", input.kind(), kindEnum != null, kinds);
		if (kindEnum != null) {
			problems.requireOneOf("kind", input.kind(), kindEnum, this.vocabulary.values(kindEnum));
		}
		problems.notApplicable("status", input.status(), program || event, kinds);
		if (program || event) {
			String statusEnum = program ? "ProgramStatus" : "EventStatus";
			problems.requireOneOf("status", input.status(), statusEnum, this.vocabulary.values(statusEnum));
		}
		problems.notApplicable("region", input.region(), type == EntityType.INSTITUTION, kinds);
		problems.optionalText("region", input.region());
		problems.notApplicable("iso2", input.iso2(), type == EntityType.COUNTRY, kinds);
		for (var field : new String[][] { { "frequency", input.frequency() }, { "description", input.description() },
				{ "descriptionEn", input.descriptionEn() } }) {
			problems.notApplicable(field[0], field[1], program, kinds);
			problems.optionalText(field[0], field[1]);
		}
		for (var field : new String[][] { { "dateText", input.dateText() }, { "outcome", input.outcome() },
				{ "outcomeEn", input.outcomeEn() } }) {
			problems.notApplicable(field[0], field[1], event, kinds);
			problems.optionalText(field[0], field[1]);
		}
		problems.notApplicable("date", input.date(), event, kinds);
		problems.notApplicable("datePrecision", input.datePrecision(), event, kinds);
		problems.notApplicable("count", input.count(), event, kinds);
		if (event && input.date() == null && (input.datePrecision() != null || input.dateText() != null)) {
			problems.add("date", FieldError.Code.REQUIRED, "datePrecision and dateText describe a date: give the date too.");
		}
		if (event && input.status() != null && input.status().equals("HELD") && input.date() != null
				&& input.date().isAfter(now.toLocalDate())) {
			problems.add("date", FieldError.Code.INVALID,
					"An event dated " + input.date() + " cannot have been HELD yet; make it PLANNED.");
		}
	}

	private static void checkProperty(Problems problems, String field, @Nullable String value, RelationRules.Rule rule,
			String what) {
		problems.notApplicable(field, value, rule.properties().contains(field), what);
		problems.optionalText(field, value);
	}

	private static void notInTheFuture(Problems problems, String field, @Nullable LocalDate date, OffsetDateTime now) {
		if (date != null && date.isAfter(now.toLocalDate())) {
			problems.add(field, FieldError.Code.INVALID, field + " must not be in the future, was " + date + ".");
		}
	}

	/** The stored properties of the input: for a new entity every property with its default, else those given. */
	private static Map<String, Object> entityProperties(EntityInput input, boolean creating) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		String name = (input.name() != null) ? input.name().strip() : null;
		properties.put("name", name);
		String nameEn = (input.nameEn() != null) ? input.nameEn().strip() : null;
		if (nameEn == null && name != null && input.type() == EntityType.PERSON) {
			nameEn = Names.transliterate(name);
		}
		properties.put("nameEn", nameEn);
		properties.put("aliases", stripped(input.aliases(), creating));
		properties.put("aliasesEn", stripped(input.aliasesEn(), creating));
		if (input.type() == EntityType.PERSON) {
			properties.put("titles", stripped(input.titles(), creating));
			properties.put("titlesEn", stripped(input.titlesEn(), creating));
		}
		properties.put("kind", (input.kind() == null && creating && input.type() != EntityType.PERSON
				&& input.type() != EntityType.CITY && input.type() != EntityType.COUNTRY
				&& input.type() != EntityType.TOPIC) ? "OTHER" : input.kind());
		properties.put("region", input.region());
		properties.put("iso2", input.iso2());
		properties.put("status", input.status());
		properties.put("frequency", input.frequency());
		properties.put("description", input.description());
		properties.put("descriptionEn", input.descriptionEn());
		properties.put("outcome", input.outcome());
		properties.put("outcomeEn", input.outcomeEn());
		properties.put("count", input.count());
		if (input.date() != null) {
			properties.put("date", input.date());
			properties.put("datePrecision", (input.datePrecision() != null) ? input.datePrecision() : "DAY");
			properties.put("dateRelative", input.dateText() != null);
			properties.put("dateText", input.dateText());
		}
		properties.values().removeIf(Objects::isNull);
		@SuppressWarnings("NullAway")
		Map<String, Object> present = new LinkedHashMap<>(properties);
		return present;
	}

	private static @Nullable List<String> stripped(@Nullable List<String> values, boolean creating) {
		if (values == null) {
			return creating ? List.of() : null;
		}
		return values.stream().map(String::strip).distinct().toList();
	}

	private static List<Map<String, String>> evidence(@Nullable List<EvidenceInput> sources) {
		return Objects.requireNonNull(sources)
			.stream()
			.map(e -> Map.of("source", e.source(), "evidence", e.evidence().strip()))
			.toList();
	}

	/** The entities with these ids, by id (ids that are no entity are left out). */
	private Map<String, Entity> entities(Collection<String> ids) {
		Map<String, Entity> found = new HashMap<>();
		this.neo4j.query("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n")
			.bind(List.copyOf(ids)).to("ids")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.all()
			.forEach(entity -> found.put(entity.id(), entity));
		return found;
	}

	private Set<String> existingSources(List<String> ids) {
		return new HashSet<>(this.neo4j.query("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id")
			.bind(ids).to("ids")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
	}

	private List<Source> sources() {
		return List.copyOf(this.neo4j.query("MATCH (s:Source) RETURN s ORDER BY s.id")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.all());
	}

	/** The next {@code source:NNN} after the highest numbered one. */
	private String nextSourceId() {
		int highest = this.neo4j.query("""
				MATCH (s:Source) WHERE s.id =~ 'source:[0-9]+'
				RETURN coalesce(max(toInteger(substring(s.id, 7))), -1) AS highest""")
			.fetchAs(Integer.class)
			.mappedBy((types, row) -> row.get("highest").asInt())
			.one()
			.orElse(-1);
		return "source:%03d".formatted(highest + 1);
	}

	/** Another entity of this kind whose name or an alias is the same name, folded. */
	private @Nullable Entity duplicateOf(EntityType type, String name, @Nullable String except) {
		String key = Names.key(name);
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put("label", type.label());
		parameters.put("except", except);
		return this.neo4j.query("""
				CYPHER 25
				MATCH (n:$($label)) WHERE n:Entity AND ($except IS NULL OR n.id <> $except)
				RETURN n ORDER BY n.id""")
			.bindAll(parameters)
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.all()
			.stream()
			.filter(entity -> entity.name().equals(name) || Names.key(entity.name()).equals(key)
					|| entity.aliases().stream().anyMatch(alias -> Names.key(alias).equals(key)))
			.findFirst()
			.orElse(null);
	}

	/** The id itself when no entity, present or retracted, has it; else the first free {@code <id>-2}, {@code -3}… */
	private String freeId(String id) {
		Set<String> taken = new HashSet<>(this.neo4j.query("""
				MATCH (n:Entity) WHERE n.id = $id OR n.id STARTS WITH $id + '-' RETURN n.id AS id
				UNION
				MATCH (n:Retracted) WHERE n.id = $id OR n.id STARTS WITH $id + '-' RETURN n.id AS id""")
			.bind(id).to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
		String free = id;
		for (int i = 2; taken.contains(free); i++) {
			free = id + "-" + i;
		}
		return free;
	}

	private boolean relationshipExists(RelationKind type, String from, String to) {
		return this.neo4j.query("""
				MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) > 0 AS exists""")
			.bindAll(Map.of("from", from, "to", to, "type", type.name()))
			.fetchAs(Boolean.class)
			.mappedBy((types, row) -> row.get("exists").asBoolean())
			.one()
			.orElse(false);
	}

	/**
	 * Reads the entity to retract and adds the records of its retraction to {@code records}: the entity first, then
	 * each relationship it has (MENTIONS of sources included). Null when there is no such entity.
	 */
	private @Nullable Map<String, Object> retractedEntity(String id, String reason, OffsetDateTime now, String user,
			List<Map<String, Object>> records) {
		return this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				RETURN n, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, COLLECT {
				  MATCH (n)-[r]-()
				  RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} AS r
				  ORDER BY r.type, r.from, r.to
				} AS relationships""")
			.bind(id).to("id")
			.fetchAs(Map.class)
			.mappedBy((types, row) -> {
				Map<String, Object> entity = row.get("n").asNode().asMap(Curation::plain);
				Map<String, Object> record = record(Retraction.Kind.ENTITY, row.get("label").asString(), id, null, entity,
						reason, now, user, null);
				records.add(record);
				for (Value r : row.get("relationships").values()) {
					records.add(record(Retraction.Kind.RELATIONSHIP, r.get("type").asString(), r.get("from").asString(),
							r.get("to").asString(), r.get("properties").asMap(Curation::plain), reason, now, user,
							(String) record.get("id")));
				}
				return entity;
			})
			.one()
			.orElse(null);
	}

	/** The properties of a {@code :Retraction} node. */
	private Map<String, Object> record(Retraction.Kind kind, String type, String fromId, @Nullable String toId,
			Map<String, Object> properties, String reason, OffsetDateTime now, String user, @Nullable String partOf) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("id", "retraction:" + UUID.randomUUID());
		record.put("kind", kind.name());
		record.put("type", type);
		record.put("fromId", fromId);
		record.put("toId", toId);
		record.put("properties", this.json.writeValueAsString(properties));
		record.put("reason", reason);
		record.put("retractedAt", now);
		record.put("retractedBy", user);
		record.put("partOf", partOf);
		record.values().removeIf(Objects::isNull);
		@SuppressWarnings("NullAway")
		Map<String, Object> present = new LinkedHashMap<>(record);
		return present;
	}

	private Retraction retraction(Map<String, Object> record) {
		Map<String, Object> properties = this.json.readValue((String) record.get("properties"),
				new TypeReference<Map<String, Object>>() {
				});
		Object at = record.get("retractedAt");
		OffsetDateTime retractedAt = (at instanceof OffsetDateTime offset) ? offset
				: OffsetDateTime.parse(String.valueOf(at));
		return new Retraction((String) record.get("id"), Retraction.Kind.valueOf((String) record.get("kind")),
				(String) record.get("type"), (String) record.get("fromId"), (String) record.get("toId"), properties,
				(String) record.get("reason"), retractedAt, (String) record.get("retractedBy"),
				(String) record.get("partOf"));
	}

	private static Relationship relationship(org.neo4j.driver.Record row) {
		Entity from = Nodes.entity(row.get("a").asNode());
		Entity to = Nodes.entity(row.get("b").asNode());
		String type = row.get("type").asString();
		Map<String, Object> properties = new LinkedHashMap<>(row.get("properties").asMap(Curation::plain));
		properties.keySet().removeAll(Set.of("sources", "evidence", "createdAt", "createdBy", "updatedAt", "updatedBy"));
		return new Relationship(from.id() + "|" + type + "|" + to.id(), RelationKind.valueOf(type), from, to,
				properties, Nodes.provenance(row.get("provenance")), Audit.of(row.get("properties")));
	}

	/** A property as JSON can carry it: dates and times as ISO strings, lists of them likewise. */
	private static Object plain(Value value) {
		Object object = value.asObject();
		if (object instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		if (object instanceof List<?> list) {
			return list.stream().map(item -> (item instanceof TemporalAccessor t) ? t.toString() : item).toList();
		}
		return object;
	}

}
