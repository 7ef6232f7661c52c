package org.oncograph.relation;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.entity.Provenance;

/**
 * How one relationship field of the schema is read for a node {@code p}: a Cypher subquery whose rows are the
 * field's items, run in a {@code COLLECT { … }}, and how the collected list becomes the field's value. The batch
 * loader of the field ({@link Relations#load}) and the lookup of a node with its fields ({@link EntityLookup}) run
 * the same subquery, so both answer the same.
 *
 * @param <V> the field's value: a list of records, or one record (or {@code null}) for a single-valued field
 */
public final class RelationField<V> {

	private static final String LINK = """
			MATCH %s
			RETURN {start: startNode(r), end: endNode(r), properties: properties(r),
			        provenance: [i IN range(0, size(coalesce(r.sources, [])) - 1) |
			          {source: head(COLLECT { MATCH (s:Source {id: r.sources[i]}) RETURN s }), evidence: r.evidence[i]}]}
			ORDER BY o.date IS NULL, o.date, toLower(o.name), o.id""";

	private static final String ENTITY = """
			MATCH %s
			WITH DISTINCT o
			RETURN o
			ORDER BY toLower(o.name), o.id""";

	private static final String PROVENANCE = """
			MATCH (s:Source)-[m:MENTIONS]->(p)
			RETURN {source: s, evidence: m.evidence}
			ORDER BY s.id""";

	private final String coordinates;

	private final String subquery;

	private final Function<Value, V> value;

	private RelationField(String coordinates, String subquery, Function<Value, V> value) {
		this.coordinates = coordinates;
		this.subquery = subquery;
		this.value = value;
	}

	/** The relationships along {@code hop}, each made a record by {@code type}, by date then name of the other end. */
	static <R> RelationField<List<R>> links(String coordinates, Hop hop, Function<Link, R> type) {
		return new RelationField<>(coordinates, LINK.formatted(hop.pattern()),
				items -> items.asList(item -> type.apply(link(item))));
	}

	/** The first relationship along {@code hop}, or {@code null}. */
	static <R> RelationField<@Nullable R> link(String coordinates, Hop hop, Function<Link, R> type) {
		return new RelationField<>(coordinates, LINK.formatted(hop.pattern()),
				items -> items.isEmpty() ? null : type.apply(link(items.get(0))));
	}

	/** The entities reached along {@code hop}, once each, by name. */
	static <E extends Entity> RelationField<List<E>> entities(String coordinates, Hop hop, Class<E> type) {
		return new RelationField<>(coordinates, ENTITY.formatted(hop.pattern()),
				items -> items.asList(item -> type.cast(Nodes.entity(item.asNode()))));
	}

	/** The first entity reached along {@code hop}, by name, or {@code null}. */
	static <E extends Entity> RelationField<@Nullable E> entity(String coordinates, Hop hop, Class<E> type) {
		return new RelationField<>(coordinates, ENTITY.formatted(hop.pattern()),
				items -> items.isEmpty() ? null : type.cast(Nodes.entity(items.get(0).asNode())));
	}

	/** The sources naming the entity (its incoming {@code MENTIONS}), in source order. */
	static RelationField<List<Provenance>> provenance(String coordinates) {
		return new RelationField<>(coordinates, PROVENANCE, Nodes::provenance);
	}

	/** The schema coordinates of the field ({@code Person.affiliations}; {@code Entity.sources} for every kind). */
	public String coordinates() {
		return this.coordinates;
	}

	/** The subquery, for the node {@code p}: one row, one column, per item. */
	String subquery() {
		return this.subquery;
	}

	/** The field's value from the list the subquery collected. */
	@Nullable V value(Value items) {
		return this.value.apply(items);
	}

	@Override
	public String toString() {
		return this.coordinates;
	}

	private static Link link(Value item) {
		return new Link(Nodes.entity(item.get("start").asNode()), Nodes.entity(item.get("end").asNode()),
				item.get("properties").asMap(), Nodes.provenance(item.get("provenance")));
	}

}
