package org.oncograph.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model and the schema (the API contract) state the same vocabulary: checked without
 * starting anything.
 */
@Tag("rules")
class ModelTests {

	private static final TypeDefinitionRegistry SCHEMA = new SchemaParser().parse(Path.of("schema.graphqls").toFile());

	@Test
	void theSchemaEnumsHaveTheModelsConstants() {
		assertThat(enumValues("RelationKind")).containsExactlyElementsOf(names(RelationKind.values()));
		assertThat(enumValues("EntityType")).containsExactlyElementsOf(names(EntityType.values()));
		assertThat(enumValues("Lang")).containsExactlyElementsOf(names(Lang.values()));
	}

	@Test
	void everyKindsEnumsAreSchemaEnums() {
		for (EntityType type : EntityType.values()) {
			assertThat(SCHEMA.getType(type.label(), ObjectTypeDefinition.class)).as(type.label()).isPresent();
			if (type.kindValues() != null) {
				assertThat(enumValues(type.kindValues())).contains(type.defaultOf("kind"));
			}
			if (type.statusValues() != null) {
				assertThat(enumValues(type.statusValues())).contains(type.defaultOf("status"));
			}
		}
		for (RelationKind kind : RelationKind.values()) {
			if (kind.statusValues() != null) {
				assertThat(enumValues(kind.statusValues())).isNotEmpty();
			}
		}
	}

	@Test
	void everyRelationFieldOfTheModelIsInTheSchemaWithItsKindsType() {
		for (RelationKind kind : RelationKind.values()) {
			ObjectTypeDefinition type = object(kind.ends().schemaType());
			assertThat(field(type, kind.ends().startField())).as("%s start", kind).isNotNull();
			assertThat(field(type, kind.ends().endField())).as("%s end", kind).isNotNull();
			for (RelationKind.Field field : kind.fields()) {
				String[] coordinates = field.coordinates().split("\\.");
				FieldDefinition definition = field(object(coordinates[0]), coordinates[1]);
				assertThat(definition).as(field.coordinates()).isNotNull();
				assertThat(typeName(definition.getType())).as(field.coordinates()).isEqualTo(kind.ends().schemaType());
				assertThat(isList(definition.getType())).as(field.coordinates()).isEqualTo(!field.one());
			}
		}
	}

	@Test
	void everySchemaFieldOfARelationshipTypeIsInTheModel() {
		Set<String> relationTypes = new HashSet<>();
		Set<String> modelled = new HashSet<>();
		for (RelationKind kind : RelationKind.values()) {
			relationTypes.add(kind.ends().schemaType());
			kind.fields().forEach(field -> modelled.add(field.coordinates()));
		}
		for (EntityType entity : EntityType.values()) {
			for (FieldDefinition field : object(entity.label()).getFieldDefinitions()) {
				if (relationTypes.contains(typeName(field.getType()))) {
					assertThat(modelled).contains(entity.label() + "." + field.getName());
				}
			}
		}
	}

	@Test
	void aRelationLinksOnlyTheKindsItNames() {
		assertThat(RelationKind.AFFILIATED_WITH.links(EntityType.PERSON, EntityType.INSTITUTION)).isTrue();
		assertThat(RelationKind.AFFILIATED_WITH.links(EntityType.INSTITUTION, EntityType.PERSON)).isFalse();
		assertThat(RelationKind.COOPERATION).doesNotContain(RelationKind.LOCATED_IN, RelationKind.ABOUT);
		assertThat(RelationKind.types(null, true)).contains("LOCATED_IN").doesNotContain("ABOUT");
	}

	@Test
	void sentencesReadInBothLanguages() {
		var wording = new Wording("A", "B", "director", "PLANNED", null);
		assertThat(RelationKind.AFFILIATED_WITH.sentence(Lang.en, wording)).isEqualTo("A is director of B");
		assertThat(RelationKind.PARTICIPATES_IN.sentence(Lang.ru, wording))
			.isEqualTo("A — участник программы «B» (director) (планируется)");
		assertThat(RelationKind.COOPERATES_WITH.phrase(Lang.en)).isEqualTo("cooperates with");
	}

	private static List<String> enumValues(String name) {
		return SCHEMA.getType(name, EnumTypeDefinition.class)
			.orElseThrow()
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static ObjectTypeDefinition object(String name) {
		return SCHEMA.getType(name, ObjectTypeDefinition.class)
			.orElseThrow(() -> new AssertionError("no type " + name));
	}

	private static FieldDefinition field(ObjectTypeDefinition type, String name) {
		return type.getFieldDefinitions().stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
	}

	private static String typeName(Type<?> type) {
		return switch (type) {
			case NonNullType nonNull -> typeName(nonNull.getType());
			case ListType list -> typeName(list.getType());
			case TypeName name -> name.getName();
			default -> throw new IllegalArgumentException(type.toString());
		};
	}

	private static boolean isList(Type<?> type) {
		return (type instanceof NonNullType nonNull) ? isList(nonNull.getType()) : type instanceof ListType;
	}

}
