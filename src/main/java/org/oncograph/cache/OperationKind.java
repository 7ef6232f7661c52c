package org.oncograph.cache;

import graphql.GraphQLContext;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Notes in the request's {@link GraphQLContext} which kind of operation ran (query,
 * mutation or subscription), once graphql-java has chosen it, so that only the answers of
 * queries are cached.
 */
class OperationKind extends SimplePerformantInstrumentation {

	private static final String KEY = OperationKind.class.getName();

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		var context = parameters.getExecutionContext();
		context.getGraphQLContext().put(KEY, context.getOperationDefinition().getOperation());
		return SimpleInstrumentationContext.noOp();
	}

	/** Whether the operation that ran in this context was a query. */
	static boolean query(GraphQLContext context) {
		return context.get(KEY) == OperationDefinition.Operation.QUERY;
	}

}
