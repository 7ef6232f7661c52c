package org.oncograph.reconcile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.oncograph.entity.Nodes;
import org.oncograph.reconcile.Facts.Cited;
import org.oncograph.reconcile.Facts.Named;
import org.oncograph.reconcile.Facts.Related;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of many entities in one statement (one read transaction); an id that
 * names nothing is left out.
 */
@Component
@Transactional(readOnly = true)
class FactsReader {

	static final int FEW = 6;

	private static final String NAMED = "{.id, .name, .nameEn, .aliases, .aliasesEn}";

	/**
	 * Composed of fixed fragments only; the ids are a parameter. A person's places are
	 * those of its institutions, an event's those of where it took place.
	 */
	private static final String QUERY = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN n,
			  CASE WHEN n:City THEN [n %1$s] ELSE [] END + COLLECT {
			    MATCH (n)-[:LOCATED_IN|AFFILIATED_WITH|TOOK_PLACE_AT*1..2]->(c:City)
			    RETURN DISTINCT c %1$s LIMIT %2$d } AS cities,
			  CASE WHEN n:Country THEN [n %1$s] ELSE [] END + COLLECT {
			    MATCH (n)-[:LOCATED_IN|AFFILIATED_WITH|TOOK_PLACE_AT*1..3]->(k:Country)
			    RETURN DISTINCT k %1$s LIMIT %2$d } AS countries,
			  COLLECT {
			    MATCH (n:Person)-[:AFFILIATED_WITH|MEMBER_OF]->(i:Institution)
			    RETURN DISTINCT i %1$s LIMIT %2$d } AS affiliations,
			  COUNT { (n)--(:Entity) } AS degree,
			  COLLECT {
			    MATCH (s:Source)-[m:MENTIONS]->(n)
			    WITH s, m ORDER BY s.id LIMIT %2$d
			    RETURN {id: s.id, title: s.title, evidence: m.evidence} } AS sources,
			  COLLECT {
			    MATCH (n)-[r]-(o:Entity)
			    WITH r, o ORDER BY o.id, type(r) LIMIT %2$d
			    RETURN {relation: type(r), outgoing: startNode(r) = n, id: o.id, name: o.name} } AS related
			""".formatted(NAMED, FEW);

	private final Neo4jClient neo4j;

	FactsReader(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The facts of every id that names an entity, by id, in the order given. */
	Map<String, Facts> read(Collection<String> ids) {
		Map<String, Facts> facts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return facts;
		}
		this.neo4j.query(QUERY)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Facts.class)
			.mappedBy((types, row) -> new Facts(Nodes.entity(row.get("n").asNode()), named(row.get("cities")),
					named(row.get("countries")), named(row.get("affiliations")), row.get("degree").asLong(),
					row.get("sources")
						.asList(v -> new Cited(v.get("id").asString(), v.get("title").asString(""),
								v.get("evidence").isNull() ? null : v.get("evidence").asString())),
					row.get("related")
						.asList(v -> new Related(v.get("relation").asString(), v.get("outgoing").asBoolean(),
								v.get("id").asString(), v.get("name").asString("")))))
			.all()
			.forEach(fact -> facts.put(fact.entity().id(), fact));
		return facts;
	}

	private static List<Named> named(Value list) {
		return list.asList(v -> new Named(v.get("id").asString(), v.get("name").asString(""),
				v.get("nameEn").asString(""), strings(v.get("aliases")), strings(v.get("aliasesEn"))));
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
