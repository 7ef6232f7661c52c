package org.oncograph.curation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.oncograph.entity.EntityType;
import org.oncograph.path.RelationKind;

import static org.oncograph.entity.EntityType.ASSOCIATION;
import static org.oncograph.entity.EntityType.CITY;
import static org.oncograph.entity.EntityType.COUNTRY;
import static org.oncograph.entity.EntityType.EVENT;
import static org.oncograph.entity.EntityType.INSTITUTION;
import static org.oncograph.entity.EntityType.PERSON;
import static org.oncograph.entity.EntityType.PROGRAM;
import static org.oncograph.entity.EntityType.TOPIC;

/**
 * The data model's relationships: which kinds of entity each relationship type may link (in its stored direction)
 * and which properties it has. A test checks that every relationship of the loaded graph fits these rules.
 */
final class RelationRules {

	/** What one relationship type links and carries. */
	record Rule(Set<EntityType> from, Set<EntityType> to, Set<String> properties) {

		boolean links(EntityType start, EntityType end) {
			return this.from.contains(start) && this.to.contains(end);
		}

	}

	private static final Set<String> ROLE = Set.of("role", "roleEn");

	private static final Set<String> POSITION = Set.of("role", "roleEn", "past");

	private static final Map<RelationKind, Rule> RULES = new EnumMap<>(Map.of(
			RelationKind.AFFILIATED_WITH, new Rule(EnumSet.of(PERSON), EnumSet.of(INSTITUTION), POSITION),
			RelationKind.MEMBER_OF, new Rule(EnumSet.of(PERSON, INSTITUTION, COUNTRY), EnumSet.of(INSTITUTION, ASSOCIATION), POSITION),
			RelationKind.PART_OF, new Rule(EnumSet.of(INSTITUTION, EVENT, PROGRAM), EnumSet.of(INSTITUTION, ASSOCIATION, EVENT, PROGRAM), Set.of()),
			RelationKind.LOCATED_IN, new Rule(EnumSet.of(INSTITUTION, EVENT, PROGRAM, CITY), EnumSet.of(CITY, COUNTRY), Set.of()),
			RelationKind.PARTICIPATED_IN, new Rule(EnumSet.of(PERSON, INSTITUTION, ASSOCIATION, COUNTRY), EnumSet.of(EVENT), ROLE),
			RelationKind.PARTICIPATES_IN, new Rule(EnumSet.of(PERSON, INSTITUTION, ASSOCIATION, COUNTRY), EnumSet.of(PROGRAM),
					Set.of("role", "roleEn", "status")),
			RelationKind.COOPERATES_WITH, new Rule(EnumSet.of(PERSON, INSTITUTION, ASSOCIATION, COUNTRY),
					EnumSet.of(INSTITUTION, ASSOCIATION, COUNTRY), Set.of("status", "subject", "subjectEn", "since")),
			RelationKind.HOSTED_BY, new Rule(EnumSet.of(EVENT), EnumSet.of(PERSON, INSTITUTION, ASSOCIATION, COUNTRY), ROLE),
			RelationKind.TOOK_PLACE_AT, new Rule(EnumSet.of(EVENT), EnumSet.of(INSTITUTION), Set.of()),
			RelationKind.ABOUT, new Rule(EnumSet.of(EVENT, PROGRAM), EnumSet.of(TOPIC), Set.of())));

	private RelationRules() {
	}

	static Rule of(RelationKind type) {
		return RULES.get(type);
	}

}
