package org.oncograph.curation;

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

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.entity.Source;
import org.oncograph.model.EntityType;
import org.oncograph.model.NameKey;
import org.oncograph.model.RelationKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cypher of curation, every statement with parameters: the lock, the lookups the
 * checks need, the writes, and the history of retractions. It runs in the caller's
 * transaction ({@link Curation} opens one per mutation).
 */
@Repository
class CurationGraph {

	/**
	 * The node every mutation locks first (created by {@code V0008__Curation.cypher},
	 * made here if missing).
	 */
	private static final String LOCK = "MERGE (l:__CurationLock {id: 'curation'}) SET l.lockedAt = $now";

	/** The labels a retracted entity loses: {@code :Entity} and every kind. */
	private static final String ENTITY_LABELS = "Entity:" + EntityType.labels();

	/**
	 * Sets the entity's properties, its name key and audit fields and records each
	 * source's words as its MENTIONS.
	 */
	private static final String ENTITY_WRITE = """
			SET n += $properties, n.updatedAt = $now, n.updatedBy = $user
			SET n.%s = %s
			WITH n
			CALL (n) {
			  UNWIND $sources AS e
			  MATCH (s:Source {id: e.source})
			  MERGE (s)-[m:MENTIONS]->(n)
			  ON CREATE SET m.createdAt = $now, m.createdBy = $user
			  SET m.evidence = e.evidence, m.updatedAt = $now, m.updatedBy = $user
			}
			RETURN n""".formatted(NameKey.PROPERTY, NameKey.of("n"));

	/**
	 * The relationship, its properties and audit fields, and its provenance: a source not
	 * yet stating it is appended with its words (the scripts' idiom), a source already
	 * stating it gets the new words in place.
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

	private final JsonMapper json;

	CurationGraph(Neo4jClient neo4j, JsonMapper json) {
		this.neo4j = neo4j;
		this.json = json;
	}

	/**
	 * Takes the curation lock for the rest of the transaction and returns the time of
	 * this write.
	 */
	OffsetDateTime lock() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		this.neo4j.query(LOCK).bind(now).to("now").run();
		return now;
	}

	Source createSource(String id, Map<String, @Nullable Object> properties, OffsetDateTime now, String user) {
		return this.neo4j.query("""
				CREATE (s:Source {id: $id})
				SET s += $properties, s.createdAt = $now, s.createdBy = $user, s.updatedAt = $now, s.updatedBy = $user
				RETURN s""")
			.bindAll(Map.of("id", id, "properties", properties, "now", now, "user", user))
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.one()
			.orElseThrow();
	}

	/**
	 * Creates the entity ({@code creating}) or changes it, with its sources' words as
	 * MENTIONS.
	 */
	Entity writeEntity(boolean creating, EntityType type, String id, Map<String, Object> properties,
			List<Map<String, String>> sources, OffsetDateTime now, String user) {
		String start = creating
				? "CYPHER 25\nCREATE (n:Entity:$($label) {id: $id}) SET n.createdAt = $now, n.createdBy = $user\n"
				: "CYPHER 25\nMATCH (n:Entity {id: $id})\n";
		return this.neo4j.query(start + ENTITY_WRITE)
			.bindAll(Map.of("label", type.label(), "id", id, "properties", properties, "now", now, "user", user,
					"sources", sources))
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.one()
			.orElseThrow();
	}

	/**
	 * Creates the relationship or adds to it: properties, audit fields, the sources not
	 * yet stating it.
	 */
	Relationship writeRelationship(RelationKind type, String from, String to, Map<String, Object> properties,
			List<Map<String, String>> sources, OffsetDateTime now, String user) {
		return this.neo4j.query(RELATIONSHIP_WRITE)
			.bindAll(Map.of("from", from, "to", to, "type", type.name(), "properties", properties, "now", now, "user",
					user, "sources", sources))
			.fetchAs(Relationship.class)
			.mappedBy((types, row) -> relationship(row))
			.one()
			.orElseThrow();
	}

	/**
	 * The record of retracting this relationship, or null when there is no such
	 * relationship.
	 */
	@Nullable Map<String, Object> relationshipRetraction(RelationshipRef ref, String reason, OffsetDateTime now, String user) {
		Map<String, Object> properties = this.neo4j.query("""
				MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type
				RETURN properties(r) AS properties""")
			.bindAll(Map.of("from", ref.from(), "to", ref.to(), "type", ref.type().name()))
			.fetchAs(Map.class)
			.mappedBy((types, row) -> row.get("properties").asMap(CurationGraph::plain))
			.one()
			.orElse(null);
		return (properties != null) ? record(Retraction.Kind.RELATIONSHIP, ref.type().name(), ref.from(), ref.to(),
				properties, reason, now, user, null) : null;
	}

	/**
	 * The records of retracting this entity: the entity first, then each relationship it
	 * has (MENTIONS of sources included). Empty when there is no such entity.
	 */
	List<Map<String, Object>> entityRetraction(String id, String reason, OffsetDateTime now, String user) {
		List<Map<String, Object>> records = new ArrayList<>();
		this.neo4j.query("""
				MATCH (n:Entity {id: $id})
				RETURN n, [label IN labels(n) WHERE label <> 'Entity'][0] AS label, COLLECT {
				  MATCH (n)-[r]-()
				  RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} AS r
				  ORDER BY r.type, r.from, r.to
				} AS relationships""").bind(id).to("id").fetchAs(Object.class).mappedBy((types, row) -> {
			Map<String, Object> entity = record(Retraction.Kind.ENTITY, row.get("label").asString(), id, null,
					row.get("n").asNode().asMap(CurationGraph::plain), reason, now, user, null);
			records.add(entity);
			for (Value r : row.get("relationships").values()) {
				records.add(record(Retraction.Kind.RELATIONSHIP, r.get("type").asString(), r.get("from").asString(),
						r.get("to").asString(), r.get("properties").asMap(CurationGraph::plain), reason, now, user,
						(String) entity.get("id")));
			}
			return row;
		}).one();
		return records;
	}

	/**
	 * Records the retraction and takes the fact out: the relationship is deleted; the
	 * entity loses its relationships and its labels for {@code :Retracted}. Returns the
	 * records as the history shows them, the first one first.
	 */
	List<Retraction> retract(List<Map<String, Object>> records, @Nullable String entity, @Nullable RelationshipRef ref,
			String reason, OffsetDateTime now, String user) {
		this.neo4j.query("UNWIND $records AS record CREATE (x:Retraction) SET x = record")
			.bind(records)
			.to("records")
			.run();
		if (entity != null) {
			this.neo4j
				.query("""
						MATCH (n:Entity {id: $id})
						SET n.retractedLabels = labels(n), n.retractedAt = $now, n.retractedBy = $user, n.retractionReason = $reason
						WITH n
						CALL (n) { MATCH (n)-[r]-() DELETE r }
						REMOVE n:%s
						SET n:Retracted"""
					.formatted(ENTITY_LABELS))
				.bindAll(Map.of("id", entity, "now", now, "user", user, "reason", reason))
				.run();
		}
		else {
			RelationshipRef relationship = Objects.requireNonNull(ref);
			this.neo4j.query("MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type DELETE r")
				.bindAll(Map.of("from", relationship.from(), "to", relationship.to(), "type",
						relationship.type().name()))
				.run();
		}
		return records.stream().map(this::retraction).toList();
	}

	@Transactional(readOnly = true)
	List<Retraction> retractions(@Nullable String id, int first) {
		return List.copyOf(this.neo4j.query("""
				MATCH (x:Retraction) WHERE $id IS NULL OR x.fromId = $id OR x.toId = $id
				RETURN x ORDER BY x.retractedAt DESC, x.partOf IS NOT NULL, x.id LIMIT $first""")
			.bind(id)
			.to("id")
			.bind(first)
			.to("first")
			.fetchAs(Retraction.class)
			.mappedBy((types, row) -> retraction(row.get("x").asNode().asMap(CurationGraph::plain)))
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

	/** The entities with these ids, by id (ids that are no entity are left out). */
	Map<String, Entity> entities(Collection<String> ids) {
		Map<String, Entity> found = new HashMap<>();
		this.neo4j.query("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n")
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.all()
			.forEach(entity -> found.put(entity.id(), entity));
		return found;
	}

	Set<String> existingSources(List<String> ids) {
		return new HashSet<>(this.neo4j.query("MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id")
			.bind(ids)
			.to("ids")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
	}

	List<Source> sources() {
		return List.copyOf(this.neo4j.query("MATCH (s:Source) RETURN s ORDER BY s.id")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> Nodes.source(row.get("s").asNode()))
			.all());
	}

	/** The next {@code source:NNN} after the highest numbered one. */
	String nextSourceId() {
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
	@Nullable Entity duplicateOf(EntityType type, String name, @Nullable String except) {
		String key = Names.key(name);
		return this.neo4j.query("""
				CYPHER 25
				MATCH (n:$($label)) WHERE n:Entity AND ($except IS NULL OR n.id <> $except)
				RETURN n ORDER BY n.id""")
			.bind(type.label())
			.to("label")
			.bind(except)
			.to("except")
			.fetchAs(Entity.class)
			.mappedBy((types, row) -> Nodes.entity(row.get("n").asNode()))
			.all()
			.stream()
			.filter(entity -> entity.name().equals(name) || Names.key(entity.name()).equals(key)
					|| entity.aliases().stream().anyMatch(alias -> Names.key(alias).equals(key)))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The id itself when no entity, present or retracted, has it; else the first free
	 * {@code <id>-2}, {@code -3}…
	 */
	String freeId(String id) {
		Set<String> taken = new HashSet<>(this.neo4j.query("""
				MATCH (n:Entity) WHERE n.id = $id OR n.id STARTS WITH $id + '-' RETURN n.id AS id
				UNION
				MATCH (n:Retracted) WHERE n.id = $id OR n.id STARTS WITH $id + '-' RETURN n.id AS id""")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
		String free = id;
		for (int i = 2; taken.contains(free); i++) {
			free = id + "-" + i;
		}
		return free;
	}

	boolean relationshipExists(RelationKind type, String from, String to) {
		return this.neo4j
			.query("""
					MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN count(r) > 0 AS exists""")
			.bindAll(Map.of("from", from, "to", to, "type", type.name()))
			.fetchAs(Boolean.class)
			.mappedBy((types, row) -> row.get("exists").asBoolean())
			.one()
			.orElse(false);
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
		return present(record);
	}

	/** The entries whose value is not null, in their order. */
	static Map<String, Object> present(Map<String, @Nullable Object> values) {
		Map<String, Object> present = new LinkedHashMap<>();
		for (Map.Entry<String, @Nullable Object> entry : values.entrySet()) {
			Object value = entry.getValue();
			if (value != null) {
				present.put(entry.getKey(), value);
			}
		}
		return present;
	}

	private Retraction retraction(Map<String, Object> record) {
		Map<String, Object> properties = this.json.readValue((String) record.get("properties"),
				new TypeReference<Map<String, Object>>() {
				});
		Object at = record.get("retractedAt");
		OffsetDateTime retractedAt = (at instanceof OffsetDateTime offset) ? offset
				: OffsetDateTime.parse(String.valueOf(at));
		return new Retraction(required(record, "id"), Retraction.Kind.valueOf(required(record, "kind")),
				required(record, "type"), required(record, "fromId"), (String) record.get("toId"), properties,
				required(record, "reason"), retractedAt, required(record, "retractedBy"),
				(String) record.get("partOf"));
	}

	/** A text property that every {@code :Retraction} node has. */
	private static String required(Map<String, Object> record, String key) {
		return (String) Objects.requireNonNull(record.get(key), key);
	}

	private static Relationship relationship(org.neo4j.driver.Record row) {
		Entity from = Nodes.entity(row.get("a").asNode());
		Entity to = Nodes.entity(row.get("b").asNode());
		String type = row.get("type").asString();
		Map<String, Object> properties = new LinkedHashMap<>(row.get("properties").asMap(CurationGraph::plain));
		properties.keySet()
			.removeAll(Set.of("sources", "evidence", "createdAt", "createdBy", "updatedAt", "updatedBy"));
		return new Relationship(from.id() + "|" + type + "|" + to.id(), RelationKind.valueOf(type), from, to,
				properties, Nodes.provenance(row.get("provenance")), Audit.of(row.get("properties")));
	}

	/**
	 * A property as JSON can carry it: dates and times as ISO strings, lists of them
	 * likewise.
	 */
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
