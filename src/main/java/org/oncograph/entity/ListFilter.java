package org.oncograph.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;
import org.oncograph.model.NameKey;

/**
 * The filter of every list, as Cypher over {@code n}: where the candidates come from and
 * the predicates they must meet ({@link #matching}), and their parameters. Each schema
 * input ({@code PersonFilter}, {@code EventFilter}, …) binds to the fields it declares,
 * the rest stay null; each condition given becomes one fixed predicate with its value as
 * a parameter.
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
	 * The candidates and the predicates they must meet, as {@code MATCH … WHERE …} over
	 * {@code n}, for entities of the given kinds (all kinds when empty, or the filter's
	 * own {@code types}).
	 * <p>
	 * Where the candidates come from: when the filter names an institution, a city, a
	 * topic or a related entity, only what is within reach of that one (found through its
	 * id index), so that a list of the hospitals of a city does not test every entity of
	 * the graph (the reach is a superset of what the predicates keep, and they still
	 * decide); otherwise the entities of the kind, by its label (through the TEXT index
	 * of its folded name key, {@link NameKey}, when the name is filtered); for several
	 * kinds, the entities whose key holds the fragment, through the key's index on
	 * {@code :Entity}, or every entity of the kinds.
	 */
	String matching(List<EntityType> kinds) {
		List<EntityType> effective = effective(kinds);
		boolean every = effective.size() == EntityType.values().length;
		String labels = effective.stream().map(EntityType::label).collect(Collectors.joining("|"));
		List<String> conditions = new ArrayList<>();
		String match;
		if (this.institution != null) {
			match = "MATCH (:Entity {id: $institution})<-[:AFFILIATED_WITH|MEMBER_OF]-(n:Entity)\nWITH DISTINCT n";
		}
		else if (this.city != null) {
			match = "MATCH (:City {id: $city})<-[:" + WITHIN + "]-{1,3}(n:Entity)\nWITH DISTINCT n";
		}
		else if (this.topic != null) {
			match = "MATCH (:Topic {id: $topic})<-[:ABOUT]-(n:Entity)\nWITH DISTINCT n";
		}
		else if (this.relatedTo != null) {
			match = "MATCH (:Entity {id: $relatedTo})--(n:Entity)\nWITH DISTINCT n";
		}
		else if (effective.size() == 1) {
			// The kind's label, and its key's index when the name is filtered.
			match = "MATCH (n:" + labels + ")";
			every = true;
		}
		else if (this.nameContains != null || this.nameStartsWith != null) {
			// The index of the key on :Entity; the kinds are a predicate.
			match = "MATCH (n:Entity)";
		}
		else {
			match = "MATCH (n:" + (every ? "Entity" : labels) + ")";
			every = true;
		}
		if (!every) {
			conditions.add("n:" + labels);
		}
		add(conditions, this.nameContains, "n." + NameKey.PROPERTY + " CONTAINS toLower($nameContains)");
		add(conditions, this.nameStartsWith, "n." + NameKey.PROPERTY + " CONTAINS ('\\n' + toLower($nameStartsWith))");
		// Names are one line each (CleanText), so the key decides alone, but for a
		// fragment
		// with a line break, which could span two names in the key: then the names
		// decide.
		if (multiLine(this.nameContains)) {
			conditions.add("any(s IN " + NAMES + " WHERE toLower(s) CONTAINS toLower($nameContains))");
		}
		if (multiLine(this.nameStartsWith)) {
			conditions.add("any(s IN " + NAMES + " WHERE toLower(s) STARTS WITH toLower($nameStartsWith))");
		}
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
		return conditions.isEmpty() ? match : match + "\nWHERE " + String.join("\n  AND ", conditions);
	}

	/** The parameters of {@link #matching}. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
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

	private static boolean multiLine(@Nullable String fragment) {
		return fragment != null && fragment.indexOf('\n') >= 0;
	}

	/** The kinds listed: the filter's own, else those given, else all. */
	private List<EntityType> effective(List<EntityType> kinds) {
		List<EntityType> effective = (this.types != null && !this.types.isEmpty()) ? this.types : kinds;
		return effective.isEmpty() ? List.of(EntityType.values()) : effective.stream().distinct().toList();
	}

	private static void add(List<String> conditions, @Nullable Object value, String condition) {
		if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
			conditions.add(condition);
		}
	}

}
