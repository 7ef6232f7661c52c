package org.oncograph.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code brokers}, {@code communities} and {@code components}. */
@Controller
class AnalyticsController {

	private final NetworkAnalytics analytics;

	AnalyticsController(NetworkAnalytics analytics) {
		this.analytics = analytics;
	}

	@QueryMapping
	List<Centrality> brokers(@Argument @Nullable List<EntityType> types, @Argument @Nullable List<RelationKind> relations,
			@Argument boolean includeGeography, @Argument int first) {
		return this.analytics.brokers(RelationKind.types(relations, includeGeography), types, first);
	}

	@QueryMapping
	List<Community> communities(@Argument @Nullable List<EntityType> types,
			@Argument @Nullable List<RelationKind> relations, @Argument boolean includeGeography, @Argument int minSize) {
		return this.analytics.communities(RelationKind.types(relations, includeGeography), types, minSize);
	}

	@QueryMapping
	List<Component> components(@Argument @Nullable List<EntityType> types,
			@Argument @Nullable List<RelationKind> relations, @Argument boolean includeGeography, @Argument int minSize) {
		return this.analytics.components(RelationKind.types(relations, includeGeography), types, minSize);
	}

}
