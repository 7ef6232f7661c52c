package org.oncograph.database;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external Neo4j is configured ({@code spring.neo4j.uri}, set from
 * {@code NEO4J_URI}, is empty).
 */
class OnEmbeddedNeo4j extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String uri = context.getEnvironment().getProperty("spring.neo4j.uri");
		return StringUtils.hasText(uri) ? ConditionOutcome.noMatch("external Neo4j at " + uri)
				: ConditionOutcome.match("no external Neo4j URI");
	}

}
