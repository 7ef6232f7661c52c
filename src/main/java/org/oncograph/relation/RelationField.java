package org.oncograph.relation;

import java.util.List;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.entity.Provenance;
import org.oncograph.model.RelationKind;

/**
 * How one relationship field of the schema is read for a node {@code p}: a Cypher
 * subquery whose rows are the field's items, run in a {@code COLLECT { … }}, and how the
 * collected list becomes the field's value. The batch loader of the field
 * ({@link Relations#load}) and the lookup of a node with its fields
 * ({@link EntityLookup}) run the same subquery, so both answer the same.
 *
 * @param <V> the field's value: a list, or one item (or {@code null}) for a single-valued
 * field
 */
public final class RelationField<V extends @Nullable Object> {

	// A link's item holds its other end only: the parent is known, and over a hub's
	// thousands of links a second copy of it would double what a read holds.
	private static final String LINK = """
			MATCH %s
			RETURN {other: o, outgoing: startNode(r) = p, properties: properties(r),
			        provenance: [i IN range(0, size(coalesce(r.sources, [])) - 1) |
			          {source: head(COLLECT { MATCH (s:Source {id: r.sources[i]}) RETURN s }), evidence: r.evidence[i]}]} AS item
			ORDER BY o.date IS NULL, o.date, toLower(o.name), o.id""";

	private static final String ENTITY = """
			MATCH %s
			WITH DISTINCT o
			RETURN o AS item
			ORDER BY toLower(o.name), o.id""";

	private static final String PROVENANCE = """
			MATCH (s:Source)-[m:MENTIONS]->(p)
			RETURN {source: s, evidence: m.evidence} AS item
			ORDER BY s.id""";

	/** What a single-valued field reads: its first item, nothing more. */
	private static final String FIRST = "\nLIMIT 1";

	private final String coordinates;

	private final String subquery;

	private final BiFunction<Entity, List<Value>, V> value;

	private RelationField(String coordinates, String subquery, BiFunction<Entity, List<Value>, V> value) {
		this.coordinates = coordinates;
		this.subquery = subquery;
		this.value = value;
	}

	/**
	 * The relationships of {@code kind} that {@code field} follows, by date then name of
	 * the other end: all of them, or the first (or {@code null}) for a single-valued
	 * field.
	 */
	static RelationField<?> links(RelationKind kind, RelationKind.Field field) {
		String subquery = LINK.formatted(pattern(kind, field));
		if (field.one()) {
			return new RelationField<@Nullable Link>(field.coordinates(), subquery + FIRST,
					(parent, items) -> items.isEmpty() ? null : link(kind, parent, items.get(0)));
		}
		return new RelationField<List<Link>>(field.coordinates(), subquery,
				(parent, items) -> items.stream().map(item -> link(kind, parent, item)).toList());
	}

	/**
	 * The entities reached along a fixed {@code pattern} from {@code p} to {@code o},
	 * once each, by name.
	 */
	static RelationField<List<Entity>> entities(String coordinates, String pattern) {
		return new RelationField<>(coordinates, ENTITY.formatted(pattern),
				(parent, items) -> items.stream().map(item -> Nodes.entity(item.asNode())).toList());
	}

	/**
	 * The first entity reached along a fixed {@code pattern}, by name, or {@code null}.
	 */
	static RelationField<@Nullable Entity> entity(String coordinates, String pattern) {
		return new RelationField<>(coordinates, ENTITY.formatted(pattern) + FIRST,
				(parent, items) -> items.isEmpty() ? null : Nodes.entity(items.get(0).asNode()));
	}

	/** The sources naming the entity (its incoming {@code MENTIONS}), in source order. */
	static RelationField<List<Provenance>> provenance(String coordinates) {
		return new RelationField<>(coordinates, PROVENANCE, (parent, items) -> Nodes.provenance(items));
	}

	/**
	 * The schema coordinates of the field ({@code Person.affiliations};
	 * {@code Entity.sources} for every kind).
	 */
	public String coordinates() {
		return this.coordinates;
	}

	/**
	 * The name of the field's DataLoader: ours, not the framework's, so nothing depends
	 * on how it names its own.
	 */
	String loaderKey() {
		return "oncograph:" + this.coordinates;
	}

	/**
	 * The subquery, for the node {@code p}: one row per item, its one column
	 * {@code item}; a single-valued field's reads one row at most.
	 */
	String subquery() {
		return this.subquery;
	}

	/** The field's value for {@code parent} from the items the subquery read for it. */
	V value(Entity parent, List<Value> items) {
		return this.value.apply(parent, items);
	}

	@Override
	public String toString() {
		return this.coordinates;
	}

	/**
	 * The pattern from {@code p} to {@code o} through a relationship {@code r} of the
	 * kind, in the field's direction: built from the model's constants only (the type
	 * name and a label), never from a request.
	 */
	private static String pattern(RelationKind kind, RelationKind.Field field) {
		String other = (field.other() != null) ? "o:" + field.other().label() : "o";
		return switch (field.direction()) {
			case OUT -> "(p)-[r:" + kind.name() + "]->(" + other + ")";
			case IN -> "(p)<-[r:" + kind.name() + "]-(" + other + ")";
			case BOTH -> "(p)-[r:" + kind.name() + "]-(" + other + ")";
		};
	}

	private static Link link(RelationKind kind, Entity parent, Value item) {
		Entity other = Nodes.entity(item.get("other").asNode());
		boolean outgoing = item.get("outgoing").asBoolean();
		return new Link(kind, outgoing ? parent : other, outgoing ? other : parent, item.get("properties").asMap(),
				Nodes.provenance(item.get("provenance")));
	}

}
