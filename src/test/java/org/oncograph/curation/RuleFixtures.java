package org.oncograph.curation;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

/**
 * What the rule tests share: the rules with the schema enums of {@code schema.graphqls}
 * (parsed, not started, so the tests never drift from the contract), a fixed day, sources
 * that exist, and inputs built from maps of their fields.
 */
final class RuleFixtures {

	/** The day of every write in the rule tests. */
	static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	/** The sources that exist. */
	static final Set<String> SOURCES = Set.of("source:001", "source:002");

	static final List<EvidenceInput> EVIDENCE = List.of(new EvidenceInput("source:001", "слова документа"));

	static final CurationRules RULES = new CurationRules(RuleFixtures::schemaEnum);

	private RuleFixtures() {
	}

	/**
	 * The values of a schema enum, in schema order, as {@link Vocabulary} reads them from
	 * the running schema.
	 */
	static List<String> schemaEnum(String name) {
		return Schema.DEFINITIONS.getType(name, EnumTypeDefinition.class)
			.orElseThrow(() -> new IllegalArgumentException("No enum " + name + " in schema.graphqls"))
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
	}

	/**
	 * An {@code UpsertEntityInput} of this kind with these fields (and {@link #EVIDENCE}
	 * unless sources are given).
	 */
	static EntityInput entity(EntityType type, Map<String, ?> fields) {
		Map<String, Object> all = new HashMap<>(fields);
		all.put("type", type);
		all.putIfAbsent("sources", EVIDENCE);
		return record(EntityInput.class, all);
	}

	/**
	 * An {@code AddRelationshipInput} with these fields (and {@link #EVIDENCE} unless
	 * sources are given).
	 */
	static RelationshipInput relationship(RelationKind type, String from, String to, Map<String, ?> fields) {
		Map<String, Object> all = new HashMap<>(fields);
		all.putAll(Map.of("type", type, "from", from, "to", to));
		all.putIfAbsent("sources", EVIDENCE);
		return record(RelationshipInput.class, all);
	}

	/** The names of a record's components, in order. */
	static List<String> components(Class<? extends Record> type) {
		return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	static FieldError error(String field, FieldError.Code code, String message) {
		return new FieldError(field, message, code);
	}

	private static <R extends Record> R record(Class<R> type, Map<String, Object> fields) {
		RecordComponent[] components = type.getRecordComponents();
		if (!components(type).containsAll(fields.keySet())) {
			throw new IllegalArgumentException(type.getSimpleName() + " has no " + fields.keySet());
		}
		try {
			var constructor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			return constructor.newInstance(Arrays.stream(components).map(c -> fields.get(c.getName())).toArray());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The contract, parsed on first use (only the checks of enum values need it). */
	private static final class Schema {

		static final TypeDefinitionRegistry DEFINITIONS = new SchemaParser().parse(Path.of("schema.graphqls").toFile());

	}

}
