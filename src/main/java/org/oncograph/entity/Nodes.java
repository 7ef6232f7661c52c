package org.oncograph.entity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.oncograph.model.EntityType;

/**
 * Maps Neo4j nodes and provenance lists, as returned by Cypher, onto the API's records.
 */
public final class Nodes {

	private static final List<String> EXTERNAL_IDS = List.of("wikidata", "ror", "orcid", "geonames");

	private Nodes() {
	}

	/** An entity or a source, by its label. */
	public static GraphNode node(Node node) {
		return node.hasLabel("Source") ? source(node) : entity(node);
	}

	/**
	 * An entity, read by its kind's label; a property it lacks reads as the kind's
	 * default.
	 */
	public static Entity entity(Node node) {
		String id = node.get("id").asString();
		String name = node.get("name").asString();
		String nameEn = node.get("nameEn").asString();
		List<String> aliases = strings(node.get("aliases"));
		List<String> aliasesEn = strings(node.get("aliasesEn"));
		Map<String, Object> externalIds = externalIds(node);
		EntityType type = type(node);
		return switch (type) {
			case PERSON -> new Person(id, name, nameEn, aliases, aliasesEn, externalIds, strings(node.get("titles")),
					strings(node.get("titlesEn")));
			case INSTITUTION -> new Institution(id, name, nameEn, aliases, aliasesEn, externalIds,
					required(node, type, "kind"), string(node, "region"));
			case CITY -> new City(id, name, nameEn, aliases, aliasesEn, externalIds);
			case COUNTRY -> new Country(id, name, nameEn, aliases, aliasesEn, externalIds, node.get("iso2").asString());
			case ASSOCIATION ->
				new Association(id, name, nameEn, aliases, aliasesEn, externalIds, required(node, type, "kind"));
			case PROGRAM -> new Program(id, name, nameEn, aliases, aliasesEn, externalIds, required(node, type, "kind"),
					required(node, type, "status"), string(node, "frequency"), string(node, "description"),
					string(node, "descriptionEn"));
			case TOPIC -> new Topic(id, name, nameEn, aliases, aliasesEn, externalIds);
			case EVENT -> {
				Value count = node.get("count");
				yield new Event(id, name, nameEn, aliases, aliasesEn, externalIds, required(node, type, "kind"),
						date(node.get("date")), string(node, "datePrecision"),
						node.get("dateRelative").asBoolean(false), string(node, "dateText"),
						required(node, type, "status"), string(node, "outcome"), string(node, "outcomeEn"),
						count.isNull() ? null : count.asInt());
			}
		};
	}

	/** The kind of an entity node, by its label. */
	private static EntityType type(Node node) {
		for (EntityType type : EntityType.values()) {
			if (node.hasLabel(type.label())) {
				return type;
			}
		}
		throw new IllegalStateException("Node " + node.get("id") + " has no known entity label: " + node.labels());
	}

	/**
	 * A property that always reads as a value: the stored one, else the kind's default.
	 */
	private static String required(Node node, EntityType type, String key) {
		String value = string(node, key);
		return (value != null) ? value : Objects.requireNonNull(type.defaultOf(key), key);
	}

	public static Source source(Node node) {
		Value language = node.get("language");
		return new Source(node.get("id").asString(), node.get("title").asString(), string(node, "titleEn"),
				node.get("titleIsDescriptive").asBoolean(false), string(node, "publisher"),
				date(node.get("publishedOn")), string(node, "publishedOnNote"),
				Locale.forLanguageTag(language.isNull() ? "ru" : language.asString()), string(node, "kind", "DOCUMENT"),
				string(node, "file"));
	}

	/**
	 * A list of maps {@code {source: <Source node>, evidence: <string>}} built by Cypher.
	 */
	public static List<Provenance> provenance(Value list) {
		return list.isNull() ? List.of() : provenance(list.asList(item -> item));
	}

	/** Items {@code {source: <Source node>, evidence: <string>}} read by Cypher. */
	public static List<Provenance> provenance(List<Value> items) {
		return items.stream()
			.filter(item -> !item.get("source").isNull())
			.map(item -> new Provenance(source(item.get("source").asNode()), item.get("evidence").asString("")))
			.toList();
	}

	public static @Nullable String string(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

	private static String string(Node node, String key, String fallback) {
		String value = string(node, key);
		return value == null ? fallback : value;
	}

	private static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	private static @Nullable LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	private static Map<String, Object> externalIds(Node node) {
		Map<String, Object> ids = new LinkedHashMap<>();
		for (String key : EXTERNAL_IDS) {
			Value value = node.get(key);
			if (!value.isNull()) {
				ids.put(key, value.asObject());
			}
		}
		return ids;
	}

}
