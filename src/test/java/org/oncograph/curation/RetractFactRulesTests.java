package org.oncograph.curation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.curation.FieldError.Code;
import org.oncograph.curation.Inputs.RelationshipRef;
import org.oncograph.curation.Inputs.RetractionInput;
import org.oncograph.model.RelationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oncograph.curation.RuleFixtures.RULES;
import static org.oncograph.curation.RuleFixtures.error;

/**
 * The rules of {@code retractFact}: the shape of the input and whether the fact exists.
 */
@Tag("rules")
class RetractFactRulesTests {

	static final RelationshipRef REF = new RelationshipRef(RelationKind.AFFILIATED_WITH, "person:a", "institution:b");

	@Test
	void anExistingEntityOrRelationshipWithAReasonIsFine() {
		assertThat(RULES.retraction(new RetractionInput("person:a", null, "Такого человека нет."), true).list())
			.isEmpty();
		assertThat(RULES.retraction(new RetractionInput(null, REF, "Он работает в другой клинике."), true).list())
			.isEmpty();
	}

	@Test
	void aReasonIsRequired() {
		assertThat(RULES.retraction(new RetractionInput("person:a", null, " "), true).list())
			.containsExactly(error("reason", Code.REQUIRED, "reason must not be blank."));
	}

	@Test
	void exactlyOneFactIsNamed() {
		var invalid = error("entity", Code.INVALID,
				"Give exactly one of entity (an entity id) and relationship (type, from, to).");
		assertThat(RULES.retraction(new RetractionInput(null, null, "причина"), false).list()).containsExactly(invalid);
		assertThat(RULES.retraction(new RetractionInput("person:a", REF, " "), true).list())
			.containsExactly(error("reason", Code.REQUIRED, "reason must not be blank."), invalid);
	}

	@Test
	void theNamedFactMustExist() {
		assertThat(RULES.retraction(new RetractionInput("person:nobody", null, "нет такого"), false).list())
			.containsExactly(error("entity", Code.NOT_FOUND, "No entity with id 'person:nobody'."));
		assertThat(RULES.retraction(new RetractionInput(null, REF, "ещё раз"), false).list()).containsExactly(error(
				"relationship", Code.NOT_FOUND, "No AFFILIATED_WITH relationship from 'person:a' to 'institution:b'."));
	}

}
