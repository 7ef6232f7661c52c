package org.oncograph.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the operation, alias, depth and complexity checks with Spring for GraphQL,
 * and the body size check on the endpoint.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new RowsTimesFields(limits.listFactor()));
	}

	@Bean
	DocumentShapeInstrumentation documentShape(LimitsProperties limits) {
		return new DocumentShapeInstrumentation(limits.maxOperations(), limits.maxAliases());
	}

	@Bean
	FilterRegistrationBean<BodySizeFilter> graphQlBodySize(LimitsProperties limits,
			org.springframework.boot.graphql.autoconfigure.GraphQlProperties graphQl) {
		var registration = new FilterRegistrationBean<>(new BodySizeFilter(limits.maxBodySize()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		return registration;
	}

	/**
	 * A field costs one plus its children times the rows it can return: its {@code first}
	 * argument, or the list factor for a list without one. The {@code edges} and
	 * {@code nodes} of a connection are the rows their connection already counted.
	 */
	record RowsTimesFields(int listFactor) implements FieldComplexityCalculator {

		@Override
		public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
			return 1 + rows(environment) * childComplexity;
		}

		private int rows(FieldComplexityEnvironment environment) {
			if (isIntrospection(environment)) {
				return 1;
			}
			if (environment.getArguments().get("first") instanceof Integer first) {
				return Math.max(first, 1);
			}
			boolean list = GraphQLTypeUtil
				.unwrapNonNull(environment.getFieldDefinition().getType()) instanceof GraphQLList;
			boolean connectionRows = environment.getParentType() instanceof GraphQLObjectType parent
					&& parent.getName().endsWith("Connection");
			return list && !connectionRows ? this.listFactor : 1;
		}

		/**
		 * Schema introspection (GraphiQL's docs) is bounded by the schema itself: counted
		 * once per field.
		 */
		private static boolean isIntrospection(FieldComplexityEnvironment environment) {
			return environment.getField().getName().startsWith("__")
					|| environment.getParentType() instanceof GraphQLObjectType parent
							&& parent.getName().startsWith("__");
		}

	}

}
