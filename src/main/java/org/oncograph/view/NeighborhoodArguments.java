package org.oncograph.view;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;

/**
 * The arguments of a neighbourhood as a client gives them: bound with {@code @Arguments}
 * from {@code neighborhood} and from the query parameters of
 * {@code /export/neighborhood.*} (same names), so that both draw the same neighbourhood
 * by the same rule ({@link GraphViews#neighborhood}). {@link #request()} holds every
 * check.
 *
 * @param id the entity at the centre (required)
 * @param depth how many relationships away to go, 1 to {@value #MAX_DEPTH};
 * {@value #DEFAULT_DEPTH} when left out
 * @param limit the most entities in the view, the centre included, 1 to
 * {@value GraphView#MAX_NODES}; {@value #DEFAULT_LIMIT} when left out
 * @param maxDegree entities with more relationships are shown but not gone through, 0 or
 * more; null goes through every entity (GraphQL's default, {@value #DEFAULT_MAX_DEGREE},
 * is applied before binding: see {@link #withSchemaDefaults()})
 * @param types only entities of these kinds, and paths through them only; all kinds when
 * left out or empty
 * @param relations only relationships of these kinds; all when left out or empty
 * @param farGeography false keeps cities and countries ({@link EntityType#GEOGRAPHY}) to
 * the centre's direct neighbours and goes through none of them (a place at the centre
 * still is), so that a deep view is not filled by the cities of a country; true (also
 * when left out) treats them as any entity
 * @param lang the language of labels, English when left out
 */
public record NeighborhoodArguments(@Nullable String id, @Nullable Integer depth, @Nullable Integer limit,
		@Nullable Integer maxDegree, @Nullable List<EntityType> types, @Nullable List<RelationKind> relations,
		@Nullable Boolean farGeography, @Nullable Lang lang) {

	/** The deepest neighbourhood anyone may ask for. */
	public static final int MAX_DEPTH = 3;

	public static final int DEFAULT_DEPTH = 1;

	public static final int DEFAULT_LIMIT = 200;

	public static final int DEFAULT_MAX_DEGREE = 1000;

	/**
	 * These arguments with the schema's defaults for what was left out: {@code depth}
	 * {@value #DEFAULT_DEPTH}, {@code limit} {@value #DEFAULT_LIMIT} and
	 * {@code maxDegree} {@value #DEFAULT_MAX_DEGREE}, {@code farGeography} true. GraphQL
	 * applies them itself before binding, where a null {@code maxDegree} is an explicit
	 * "go through every entity"; a query parameter left out is null too, so the HTTP
	 * export applies them here (and asks for a large {@code maxDegree} to go through
	 * every entity).
	 */
	public NeighborhoodArguments withSchemaDefaults() {
		return new NeighborhoodArguments(this.id, (this.depth != null) ? this.depth : DEFAULT_DEPTH,
				(this.limit != null) ? this.limit : DEFAULT_LIMIT,
				(this.maxDegree != null) ? this.maxDegree : DEFAULT_MAX_DEGREE, this.types, this.relations,
				(this.farGeography != null) ? this.farGeography : Boolean.TRUE, this.lang);
	}

	/**
	 * The checked request: a {@link OncoGraphException.BadRequest} naming the first
	 * argument out of range and what is allowed, else the request with the defaults
	 * filled in and the kinds as Neo4j labels and relationship types.
	 */
	NeighborhoodRequest request() {
		if (this.id == null) {
			throw new OncoGraphException.BadRequest("id", "id is required: the entity at the centre.");
		}
		int hops = (this.depth != null) ? this.depth : DEFAULT_DEPTH;
		if (hops < 1 || hops > MAX_DEPTH) {
			throw new OncoGraphException.BadRequest("depth",
					"depth must be between 1 and " + MAX_DEPTH + ", was " + hops + ".");
		}
		int most = (this.limit != null) ? this.limit : DEFAULT_LIMIT;
		if (most < 1 || most > GraphView.MAX_NODES) {
			throw new OncoGraphException.BadRequest("limit",
					"limit must be between 1 and " + GraphView.MAX_NODES + ", was " + most + ".");
		}
		if (this.maxDegree != null && this.maxDegree < 0) {
			throw new OncoGraphException.BadRequest("maxDegree",
					"maxDegree must not be negative, was " + this.maxDegree + ".");
		}
		List<String> labels = (this.types == null || this.types.isEmpty()) ? null
				: this.types.stream().map(EntityType::label).toList();
		List<String> relationTypes = (this.relations == null || this.relations.isEmpty()) ? null
				: this.relations.stream().map(RelationKind::name).toList();
		List<String> nearGeography = Boolean.FALSE.equals(this.farGeography)
				? EntityType.GEOGRAPHY.stream().map(EntityType::label).toList() : null;
		return new NeighborhoodRequest(this.id, hops, most, this.maxDegree, labels, relationTypes, nearGeography,
				Lang.orDefault(this.lang));
	}

	/**
	 * A checked neighbourhood request, as {@link GraphViews} runs it.
	 *
	 * @param labels the Neo4j labels of the kinds asked for, null for all
	 * @param relations the relationship types asked for, null for all
	 * @param nearGeography the labels of the places kept to the centre's direct
	 * neighbours and gone through only at the centre, null when places are like any
	 * entity
	 */
	record NeighborhoodRequest(String id, int depth, int limit, @Nullable Integer maxDegree,
			@Nullable List<String> labels, @Nullable List<String> relations, @Nullable List<String> nearGeography,
			Lang lang) {
	}

}
