package org.oncograph.analytics;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Arguments;
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
	List<Centrality> brokers(@Arguments NetworkFilter filter) {
		return this.analytics.brokers(filter);
	}

	@QueryMapping
	List<Community> communities(@Arguments NetworkFilter filter) {
		return this.analytics.communities(filter);
	}

	@QueryMapping
	List<Component> components(@Arguments NetworkFilter filter) {
		return this.analytics.components(filter);
	}

}
