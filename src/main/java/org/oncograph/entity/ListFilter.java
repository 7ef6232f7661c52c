package org.oncograph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;

/**
 * The filter of every list, as Cypher over {@code n}: where the candidates come from
 * ({@link #match()}), the predicates they must meet ({@link #where()}) and the parameters
 * of both. Each schema input ({@code PersonFilter}, {@code EventFilter}, …) binds to the
 * fields it declares, the rest stay null; each condition given becomes one fixed
 * predicate with its value as a parameter.
 */
public record ListFilter(@Nullable List<EntityType> types, @Nullable String nameContains,
		@Nullable String nameStartsWith, @Nullable List<String> kind, @Nullable List<String> status,
		@Nullable String institution, @Nullable String city, @Nullable String country, @Nullable LocalDate from,
		@Nullable LocalDate to, @Nullable String place, @Nullable String participant, @Nullable String topic,
		@Nullable String relatedTo) {

	public static final ListFilter NONE = new ListFilter(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	private static final String NAMES = "[n.name, n.nameEn] + coalesce(n.aliases, []) + coalesce(n.aliasesEn, [])";

	/**
	 * What places an entity somewhere, followed outwards: its own location, the
	 * institution a person works at, an event's venue, and the whole (a parent
	 * institution, the event or program) it is part of, so that a laboratory is where its
	 * centre is and a day's operations where the conference is.
	 */
	private static final String WITHIN = "LOCATED_IN|AFFILIATED_WITH|TOOK_PLACE_AT|PART_OF";

	/**
	 * In the country also through a region: an institution reached as above that has a
	 * {@code region} the documents give but no location is in the country where another
	 * institution of the same region is located.
	 */
	private static final String IN_COUNTRY_BY_REGION = """
			EXISTS { MATCH (n)-[:%s]->{0,3}(r:Institution) WHERE r.region IS NOT NULL
			  MATCH (:Institution {region: r.region})-[:LOCATED_IN]->{1,2}(:Country {id: $country}) }"""
		.formatted(WITHIN);

	/**
	 * Where the candidates come from: every entity, or, when the filter names an
	 * institution, a city, a topic or a related entity, only what is within reach of that
	 * one (found through its id index), so that a list of the hospitals of a city does
	 * not test every entity of the graph. The reach is a superset of what
	 * {@link #where()} keeps, and {@link #where()} still decides.
	 */
	String match() {
		if (this.institution != null) {
			return "MATCH (:Entity {id: $institution})<-[:AFFILIATED_WITH|MEMBER_OF]-(n:Entity)\nWITH DISTINCT n";
		}
		if (this.city != null) {
			return "MATCH (:City {id: $city})<-[:" + WITHIN + "]-{1,3}(n:Entity)\nWITH DISTINCT n";
		}
		if (this.topic != null) {
			return "MATCH (:Topic {id: $topic})<-[:ABOUT]-(n:Entity)\nWITH DISTINCT n";
		}
		if (this.relatedTo != null) {
			return "MATCH (:Entity {id: $relatedTo})--(n:Entity)\nWITH DISTINCT n";
		}
		return "MATCH (n:Entity)";
	}

	/** The predicates, joined with AND; {@code true} when there are none. */
	String where() {
		List<String> conditions = new ArrayList<>();
		conditions.add("any(label IN labels(n) WHERE label IN $labels)");
		add(conditions, this.nameContains, "any(s IN " + NAMES + " WHERE toLower(s) CONTAINS toLower($nameContains))");
		add(conditions, this.nameStartsWith,
				"any(s IN " + NAMES + " WHERE toLower(s) STARTS WITH toLower($nameStartsWith))");
		add(conditions, this.kind, "n.kind IN $kind");
		add(conditions, this.status, "n.status IN $status");
		add(conditions, this.institution, "EXISTS { (n)-[:AFFILIATED_WITH|MEMBER_OF]->(:Entity {id: $institution}) }");
		add(conditions, this.city, "EXISTS { (n)-[:" + WITHIN + "]->{1,3}(:City {id: $city}) }");
		add(conditions, this.country,
				"(EXISTS { (n)-[:" + WITHIN + "]->{1,4}(:Country {id: $country}) } OR " + IN_COUNTRY_BY_REGION + ")");
		add(conditions, this.from, "n.date >= $from");
		add(conditions, this.to, "n.date <= $to");
		add(conditions, this.place, "EXISTS { (n)-[:LOCATED_IN|TOOK_PLACE_AT|PART_OF]->{1,4}(:Entity {id: $place}) }");
		add(conditions, this.participant, "(EXISTS { (n)<-[:PARTICIPATED_IN]-(:Entity {id: $participant}) }"
				+ " OR EXISTS { (n)-[:HOSTED_BY]->(:Entity {id: $participant}) })");
		add(conditions, this.topic, "EXISTS { (n)-[:ABOUT]->(:Topic {id: $topic}) }");
		add(conditions, this.relatedTo, "EXISTS { (n)--(:Entity {id: $relatedTo}) }");
		return String.join("\n  AND ", conditions);
	}

	/**
	 * The parameters of {@link #where()}, for entities of the given kinds (all kinds when
	 * empty).
	 */
	Map<String, Object> parameters(List<EntityType> kinds) {
		List<EntityType> effective = (this.types != null && !this.types.isEmpty()) ? this.types : kinds;
		if (effective.isEmpty()) {
			effective = List.of(EntityType.values());
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("labels", effective.stream().map(EntityType::label).toList());
		parameters.put("nameContains", this.nameContains);
		parameters.put("nameStartsWith", this.nameStartsWith);
		parameters.put("kind", this.kind);
		parameters.put("status", this.status);
		parameters.put("institution", this.institution);
		parameters.put("city", this.city);
		parameters.put("country", this.country);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		parameters.put("place", this.place);
		parameters.put("participant", this.participant);
		parameters.put("topic", this.topic);
		parameters.put("relatedTo", this.relatedTo);
		return parameters;
	}

	private static void add(List<String> conditions, @Nullable Object value, String condition) {
		if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
			conditions.add(condition);
		}
	}

}
