package org.oncograph.limits;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.util.TraversalControl;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.ErrorResponses;
import org.oncograph.error.OncoGraphException;

import org.springframework.graphql.execution.ErrorType;

/**
 * What an operation costs, checked once its variables are known: its complexity
 * ({@link RowsTimesFields}) may not pass the limit; its client (when the request came
 * over HTTP, {@link AdmissionInterceptor}) spends it from its budget
 * ({@link RateLimits}); and the expensive fields it asks for each take a permit of their
 * bulkhead ({@link Bulkheads}), held until the operation's result is complete. A request
 * refused for any of these runs nothing and spends nothing.
 */
class CostInstrumentation extends SimplePerformantInstrumentation {

	private final int maxComplexity;

	private final FieldComplexityCalculator costs;

	private final @Nullable RateLimits rateLimits;

	private final @Nullable Bulkheads bulkheads;

	private final int largeCost;

	/**
	 * With rate limits and bulkheads, or, when they are null, the complexity check alone.
	 */
	CostInstrumentation(int maxComplexity, FieldComplexityCalculator costs, @Nullable RateLimits rateLimits,
			@Nullable Bulkheads bulkheads, int largeCost) {
		this.maxComplexity = maxComplexity;
		this.costs = costs;
		this.rateLimits = rateLimits;
		this.bulkheads = bulkheads;
		this.largeCost = largeCost;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		int cost = QueryComplexityCalculator.newCalculator()
			.fieldComplexityCalculator(this.costs)
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.variables(execution.getCoercedVariables())
			.build()
			.calculate();
		if (cost > this.maxComplexity) {
			throw new AbortExecutionException("maximum query complexity exceeded " + cost + " > " + this.maxComplexity
					+ " (oncograph.limits.max-complexity): ask for fewer rows (smaller pages, fewer nested lists).");
		}
		execution.getGraphQLContext()
			.put(RowBudget.class, new RowBudget(this.maxComplexity, execution.getExecutionInput()));
		Client client = execution.getGraphQLContext().get(Client.class);
		if (client == null || this.rateLimits == null || this.bulkheads == null) {
			return null;
		}
		List<Bulkheads.Permit> permits = new ArrayList<>();
		boolean spent = false;
		try {
			this.rateLimits.spend(client, cost);
			execution.getGraphQLContext().put(Spent.class, new Spent(cost));
			spent = true;
			Map<Work, Integer> works = works(execution);
			if (cost >= this.largeCost) {
				works.put(Work.LARGE, 1);
			}
			for (Map.Entry<Work, Integer> work : works.entrySet()) {
				permits.add(this.bulkheads.enter(work.getKey(), work.getValue()));
			}
		}
		catch (OncoGraphException.Refused | OncoGraphException.BadRequest ex) {
			permits.forEach(Bulkheads.Permit::close);
			if (spent) {
				this.rateLimits.refund(client, cost);
			}
			throw new AbortExecutionException(List.of(error(ex)));
		}
		if (permits.isEmpty()) {
			return null;
		}
		return SimpleInstrumentationContext
			.whenCompleted((result, failure) -> permits.forEach(Bulkheads.Permit::close));
	}

	/**
	 * Settles the client's cost at what the answer really holds (as Shopify's API refunds
	 * the difference between requested and actual cost): the points spent up front come
	 * back for lists shorter than estimated, and lists longer than estimated (a hub's)
	 * are charged on top. An operation cancelled for the rows it read, or for a read that
	 * failed, is answered with one error saying so, not one per field it stopped.
	 */
	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Client client = parameters.getGraphQLContext().get(Client.class);
		Spent spent = parameters.getGraphQLContext().get(Spent.class);
		if (client != null && spent != null && this.rateLimits != null) {
			long actual = Math.max(1, fields(result.getData()));
			if (actual > spent.points()) {
				this.rateLimits.charge(client, actual - spent.points());
			}
			else {
				this.rateLimits.refund(client, spent.points() - actual);
			}
		}
		RowBudget rows = parameters.getGraphQLContext().get(RowBudget.class);
		if (rows == null || !rows.exceeded()) {
			return CompletableFuture.completedFuture(result);
		}
		Throwable failure = rows.failure();
		if (failure != null) {
			return CompletableFuture.completedFuture(
					ExecutionResult.newExecutionResult().addError(ErrorResponses.stopped(failure)).build());
		}
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("This request read more than " + rows.max() + " rows of relationships"
						+ " (oncograph.limits.max-complexity) and was stopped: a relationship list of a hub has thousands;"
						+ " ask for fewer nested lists, or start from the entities at their other end.")
				.build())
			.build());
	}

	/**
	 * The actual cost of an answer, by the measure of the estimate: every field of every
	 * object it holds.
	 */
	static long fields(@Nullable Object value) {
		long fields = 0;
		if (value instanceof Map<?, ?> object) {
			for (Object field : object.values()) {
				fields += 1 + fields(field);
			}
		}
		else if (value instanceof List<?> list) {
			for (Object row : list) {
				fields += fields(row);
			}
		}
		return fields;
	}

	/** The points an operation spent before it ran. */
	private record Spent(long points) {
	}

	/**
	 * The expensive work the operation's top-level fields ask for, with how many of each.
	 */
	private static Map<Work, Integer> works(ExecutionContext execution) {
		Map<Work, Integer> works = new EnumMap<>(Work.class);
		QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {

				@Override
				public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment field) {
					Work work = Work.of(field.getField().getName(), field.getArguments());
					if (work != null) {
						works.merge(work, 1, Integer::sum);
					}
					return TraversalControl.ABORT;
				}

			});
		return works;
	}

	private static GraphQLError error(OncoGraphException ex) {
		if (ex instanceof OncoGraphException.BadRequest bad) {
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(bad.getMessage())
				.extensions(Map.of("argument", bad.argument()))
				.build();
		}
		return ErrorResponses.error((OncoGraphException.Refused) ex);
	}

}
