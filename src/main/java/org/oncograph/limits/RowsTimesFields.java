package org.oncograph.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;

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
		boolean list = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()) instanceof GraphQLList;
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
				|| environment.getParentType() instanceof GraphQLObjectType parent && parent.getName().startsWith("__");
	}

}
