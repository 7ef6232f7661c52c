package org.oncograph.relation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.oncograph.model.RelationKind;

/**
 * Every relationship field of the schema and what it reads: the fields of
 * {@link RelationKind} (one per entry of a kind's {@code fields}), the derived geography
 * of places and institutions, and {@code Entity.sources}. {@link RelationLoaders}
 * registers a batch loader for each and {@link RelationWiring} a data fetcher;
 * {@link EntityLookup} finds here the fields a request selects on an entity, to read them
 * with it.
 */
public final class RelationFields {

	/** The sources naming an entity, for every kind. */
	public static final RelationField<?> ENTITY_SOURCES = RelationField.provenance("Entity.sources");

	private static final Map<String, RelationField<?>> BY_COORDINATES = table();

	private RelationFields() {
	}

	/**
	 * The relationship field {@code field} of the object type {@code type}, or of the
	 * {@code Entity} interface.
	 */
	static Optional<RelationField<?>> of(String type, String field) {
		RelationField<?> own = BY_COORDINATES.get(type + "." + field);
		return Optional.ofNullable((own != null) ? own : BY_COORDINATES.get("Entity." + field));
	}

	/** The field at these schema coordinates ({@code Person.affiliations}). */
	static RelationField<?> at(String coordinates) {
		RelationField<?> field = BY_COORDINATES.get(coordinates);
		if (field == null) {
			throw new IllegalArgumentException("No relationship field " + coordinates);
		}
		return field;
	}

	/**
	 * Every field, the model's in its order, then the derived ones and
	 * {@code Entity.sources}.
	 */
	static Collection<RelationField<?>> all() {
		return BY_COORDINATES.values();
	}

	private static Map<String, RelationField<?>> table() {
		Map<String, RelationField<?>> fields = new LinkedHashMap<>();
		for (RelationKind kind : RelationKind.values()) {
			for (RelationKind.Field field : kind.fields()) {
				add(fields, RelationField.links(kind, field));
			}
		}
		// Geography read through LOCATED_IN, directly or through a city: entities rather
		// than relationships.
		add(fields, RelationField.entity("Institution.city", "(p)-[:LOCATED_IN]->(o:City)"));
		add(fields, RelationField.entity("Institution.country", "(p)-[:LOCATED_IN]->{1,2}(o:Country)"));
		add(fields, RelationField.entity("City.country", "(p)-[:LOCATED_IN]->{1,2}(o:Country)"));
		add(fields, RelationField.entities("City.institutions", "(p)<-[:LOCATED_IN]-{1,2}(o:Institution)"));
		add(fields, RelationField.entities("Country.cities", "(p)<-[:LOCATED_IN]-(o:City)"));
		add(fields, RelationField.entities("Country.institutions", "(p)<-[:LOCATED_IN]-{1,2}(o:Institution)"));
		add(fields, ENTITY_SOURCES);
		return fields;
	}

	private static void add(Map<String, RelationField<?>> fields, RelationField<?> field) {
		if (fields.put(field.coordinates(), field) != null) {
			throw new IllegalStateException("Two relationship fields at " + field.coordinates());
		}
	}

}
