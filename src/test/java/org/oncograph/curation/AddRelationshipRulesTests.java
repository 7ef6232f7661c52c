package org.oncograph.curation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.RelationshipInput;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.SOURCES;
import static org.oncograph.curation.RuleFixtures.TODAY;
import static org.oncograph.curation.RuleFixtures.error;
import static org.oncograph.curation.RuleFixtures.relationship;

/**
 * The rules of {@code addRelationship}, each kind against the model
 * ({@link RelationKind}): no database, no Spring.
 */
@Tag("rules")
class AddRelationshipRulesTests {

	static List<FieldError> check(RelationshipInput input, @Nullable EntityType from, @Nullable EntityType to) {
		return RULES.relationship(input, from, to, SOURCES, TODAY).list();
	}

	/**
	 * The first kind of entity the relationship kind may start at, and the first it may
	 * end at.
	 */
	static EntityType start(RelationKind kind) {
		return kind.ends().from().iterator().next();
	}

	static EntityType end(RelationKind kind) {
		return kind.ends().to().iterator().next();
	}

	/**
	 * A valid value of the property for a relationship of this kind (any value when the
	 * kind does not have it).
	 */
	static Object sample(RelationKind kind, String property) {
		return switch (property) {
			case "status" ->
				(kind.statusValues() != null) ? RuleFixtures.schemaEnum(kind.statusValues()).getFirst() : "ACTIVE";
			case "since" -> LocalDate.of(2020, 1, 1);
			case "past" -> true;
			default -> "текст свойства " + property;
		};
	}

	@Test
	void theInputsPropertiesAreTheModels() {
		Set<String> model = new HashSet<>();
		for (RelationKind kind : RelationKind.values()) {
			model.addAll(kind.properties());
		}
		Set<String> input = new HashSet<>(RuleFixtures.components(RelationshipInput.class));
		input.removeAll(Set.of("type", "from", "to", "sources"));
		assertThat(relationship(RelationKind.ABOUT, "a", "b", Map.of()).properties().keySet()).isEqualTo(model)
			.isEqualTo(input);
	}

	@Test
	void everyKindLinksExactlyTheKindsOfEntityTheModelAllows() {
		int allowed = 0;
		for (RelationKind kind : RelationKind.values()) {
			var input = relationship(kind, "entity:a", "entity:b", Map.of());
			for (EntityType from : EntityType.values()) {
				for (EntityType to : EntityType.values()) {
					if (kind.links(from, to)) {
						assertThat(check(input, from, to)).as("%s from %s to %s", kind, from, to).isEmpty();
						allowed++;
					}
					else {
						assertThat(check(input, from, to)).as("%s from %s to %s", kind, from, to)
							.containsExactly(error("type", Code.NOT_ALLOWED, kind + " links " + kind.ends().from()
									+ " to " + kind.ends().to() + ", not a " + from + " to a " + to + "."));
					}
				}
			}
		}
		assertThat(allowed).isPositive();
		assertThat(check(relationship(RelationKind.AFFILIATED_WITH, "person:a", "topic:b", Map.of()), EntityType.PERSON,
				EntityType.TOPIC))
			.singleElement()
			.isEqualTo(error("type", Code.NOT_ALLOWED,
					"AFFILIATED_WITH links [PERSON] to [INSTITUTION], not a PERSON to a TOPIC."));
	}

	@Test
	void everyPropertyAKindLacksIsNotApplicableAndTheOthersAreTaken() {
		for (RelationKind kind : RelationKind.values()) {
			for (String property : relationship(kind, "a", "b", Map.of()).properties().keySet()) {
				var input = relationship(kind, "entity:a", "entity:b", Map.of(property, sample(kind, property)));
				if (kind.properties().contains(property)) {
					assertThat(check(input, start(kind), end(kind))).as("%s of %s", property, kind).isEmpty();
				}
				else {
					assertThat(check(input, start(kind), end(kind))).as("%s of %s", property, kind)
						.containsExactly(error(property, Code.NOT_APPLICABLE,
								property + " does not apply to " + kind + " relationships."));
				}
			}
		}
	}

	@Test
	void aStatusIsOptionalButOneOfTheKindsSchemaEnum() {
		Set<RelationKind> withStatus = EnumSet.noneOf(RelationKind.class);
		for (RelationKind kind : RelationKind.values()) {
			String schemaEnum = kind.statusValues();
			if (schemaEnum == null) {
				continue;
			}
			withStatus.add(kind);
			List<String> values = RuleFixtures.schemaEnum(schemaEnum);
			assertThat(check(relationship(kind, "a", "b", Map.of()), start(kind), end(kind))).isEmpty();
			for (String value : values) {
				assertThat(check(relationship(kind, "a", "b", Map.of("status", value)), start(kind), end(kind)))
					.as("%s %s", kind, value)
					.isEmpty();
			}
			assertThat(check(relationship(kind, "a", "b", Map.of("status", "MAYBE")), start(kind), end(kind)))
				.containsExactly(error("status", Code.INVALID,
						"status must be one of " + schemaEnum + " (" + String.join(", ", values) + "), was 'MAYBE'."));
		}
		assertThat(withStatus).containsExactlyInAnyOrder(RelationKind.COOPERATES_WITH, RelationKind.PARTICIPATES_IN);
	}

	@Test
	void textsAreNotBlankOrOverlong() {
		var input = relationship(RelationKind.AFFILIATED_WITH, "a", "b",
				Map.of("role", " ", "roleEn", "x".repeat(Problems.MAX_TEXT + 1)));
		assertThat(check(input, EntityType.PERSON, EntityType.INSTITUTION)).containsExactly(
				error("role", Code.INVALID, "role must not be blank when given (leave it out instead)."),
				error("roleEn", Code.INVALID, "roleEn must have at most 2000 characters, has 2001."));
	}

	@Test
	void bothEndsMustExistAndDiffer() {
		var input = relationship(RelationKind.COOPERATES_WITH, "person:nobody", "institution:none", Map.of());
		assertThat(check(input, null, null)).containsExactly(
				error("from", Code.NOT_FOUND, "No entity with id 'person:nobody'."),
				error("to", Code.NOT_FOUND, "No entity with id 'institution:none'."));
		var loop = relationship(RelationKind.COOPERATES_WITH, "institution:a", "institution:a", Map.of());
		assertThat(check(loop, EntityType.INSTITUTION, EntityType.INSTITUTION))
			.containsExactly(error("to", Code.SELF_LOOP,
					"from and to are the same entity ('institution:a'): a relationship links two different entities."));
	}

	@Test
	void sinceIsNotInTheFuture() {
		var future = relationship(RelationKind.COOPERATES_WITH, "a", "b", Map.of("since", TODAY.plusDays(1)));
		assertThat(check(future, EntityType.INSTITUTION, EntityType.COUNTRY))
			.containsExactly(error("since", Code.INVALID, "since must not be in the future, was 2025-06-16."));
		var today = relationship(RelationKind.COOPERATES_WITH, "a", "b", Map.of("since", TODAY));
		assertThat(check(today, EntityType.INSTITUTION, EntityType.COUNTRY)).isEmpty();
	}

	@Test
	void evidenceIsRequired() {
		var input = relationship(RelationKind.ABOUT, "event:a", "topic:b", Map.of("sources", List.of()));
		assertThat(check(input, EntityType.EVENT, EntityType.TOPIC)).containsExactly(error("sources", Code.REQUIRED,
				"sources must name at least one source with the words of it that state the fact."));
		var unknown = relationship(RelationKind.ABOUT, "event:a", "topic:b",
				Map.of("sources", List.of(new EvidenceInput("source:404", "слова"))));
		assertThat(check(unknown, EntityType.EVENT, EntityType.TOPIC)).containsExactly(error("sources[0].source",
				Code.NOT_FOUND, "No source with id 'source:404' (add it with addSource first)."));
	}

	@Test
	void reportsEveryProblemAtOnceInTheOrderOfTheInput() {
		var input = relationship(RelationKind.COOPERATES_WITH, "person:a", "institution:b", Map.of("status", "MAYBE",
				"role", "хирург", "since", LocalDate.of(2999, 1, 1), "past", false, "sources", List.of()));
		assertThat(check(input, EntityType.PERSON, EntityType.INSTITUTION)).extracting(FieldError::field)
			.containsExactly("role", "past", "status", "since", "sources");
	}

}
