package org.oncograph.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.curation.Inputs.SourceInput;
import org.oncograph.model.EntityType;

/**
 * The properties a checked input is stored with, as the Cypher scripts store them: pure
 * code over the model, for {@link CurationGraph} to write. Absent values are left out, so
 * a change sets only what it gives.
 */
final class StoredProperties {

	private StoredProperties() {
	}

	/**
	 * A new source's properties: the language defaults to Russian, the kind is a
	 * document.
	 */
	static Map<String, @Nullable Object> source(SourceInput input) {
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		properties.put("title", input.title().strip());
		properties.put("titleEn", input.titleEn());
		properties.put("titleIsDescriptive", Boolean.TRUE.equals(input.titleIsDescriptive()));
		properties.put("publisher", input.publisher());
		properties.put("publishedOn", input.publishedOn());
		properties.put("publishedOnNote", input.publishedOnNote());
		properties.put("language", (input.language() != null) ? input.language().toLanguageTag() : "ru");
		properties.put("kind", "DOCUMENT");
		properties.put("file", input.file());
		return properties;
	}

	/**
	 * An entity's properties: the names stripped (a person's English name transliterated
	 * when not given, see {@link EntityType#needsEnglishName()}), lists stripped and
	 * without repeats (empty for a new entity), a new entity's {@code kind} defaulted as
	 * the model says, and a date with its precision (defaulted likewise) and whether it
	 * is relative. Only the properties the kind has. For an input {@link CurationRules}
	 * found nothing wrong with (a precision or date text without a date, for one, never
	 * reaches here).
	 */
	static Map<String, Object> entity(EntityInput input, boolean creating) {
		EntityType type = input.type();
		Map<String, @Nullable Object> properties = new LinkedHashMap<>();
		String name = (input.name() != null) ? input.name().strip() : null;
		properties.put("name", name);
		String nameEn = (input.nameEn() != null) ? input.nameEn().strip() : null;
		if (nameEn == null && name != null && !type.needsEnglishName()) {
			nameEn = Names.transliterate(name);
		}
		properties.put("nameEn", nameEn);
		for (EntityProperty property : EntityProperty.values()) {
			if (!type.has(property.property())) {
				continue;
			}
			Object value = property.of(input);
			properties.put(property.property(), switch (property.shape()) {
				case TEXTS, TRANSLATIONS -> stripped(value, creating);
				case ENUM -> (value == null && creating && property == EntityProperty.KIND)
						? type.defaultOf(property.property()) : value;
				case TEXT, TYPED -> value;
			});
		}
		if (input.date() != null) {
			properties.put("datePrecision",
					(input.datePrecision() != null) ? input.datePrecision() : type.defaultOf("datePrecision"));
			properties.put("dateRelative", input.dateText() != null);
		}
		return present(properties);
	}

	/** A relationship's properties: those given. */
	static Map<String, Object> relationship(RelationshipInput input) {
		return present(input.properties());
	}

	/** Each source's id and its words, stripped. */
	static List<Map<String, String>> evidence(@Nullable List<EvidenceInput> sources) {
		return Objects.requireNonNull(sources)
			.stream()
			.map(e -> Map.of("source", e.source(), "evidence", e.evidence().strip()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<String> stripped(@Nullable Object values, boolean creating) {
		if (values == null) {
			return creating ? List.of() : null;
		}
		return ((List<String>) values).stream().map(String::strip).distinct().toList();
	}

	private static Map<String, Object> present(Map<String, @Nullable Object> properties) {
		properties.values().removeIf(Objects::isNull);
		@SuppressWarnings("NullAway")
		Map<String, Object> present = new LinkedHashMap<>(properties);
		return present;
	}

}
