package org.oncograph.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * The rows of relationships one operation has read, against the same limit as its
 * complexity: the complexity counts a relationship list as {@code list-factor} rows
 * before it runs, and this counts the rows it really returns, so that a hub's thousands
 * cannot slip under the estimate. Past the limit the operation is cancelled and answered
 * with one BAD_REQUEST ({@link CostInstrumentation}); the loaders read nothing more. A
 * read of relationships that fails stops the operation the same way, answered with that
 * failure's one error.
 */
public final class RowBudget {

	private final long max;

	private final ExecutionInput execution;

	private final AtomicLong rows = new AtomicLong();

	private final AtomicBoolean exceeded = new AtomicBoolean();

	private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();

	RowBudget(long max, ExecutionInput execution) {
		this.max = max;
		this.execution = execution;
	}

	/**
	 * Whether the operation of this context may still read relationships: false once its
	 * rows have passed the limit.
	 */
	public static boolean open(GraphQLContext context) {
		RowBudget budget = context.get(RowBudget.class);
		return budget == null || !budget.exceeded.get();
	}

	/**
	 * The most rows a read of the operation of this context should ask for: one more than
	 * it may still read, so that a read past the limit is seen as one without holding
	 * more; {@link Long#MAX_VALUE} without a budget.
	 */
	public static long readLimit(GraphQLContext context) {
		RowBudget budget = context.get(RowBudget.class);
		return (budget == null) ? Long.MAX_VALUE : Math.max(0, budget.max - budget.rows.get()) + 1;
	}

	/** Counts rows the operation of this context has read. */
	public static void count(GraphQLContext context, long rows) {
		RowBudget budget = context.get(RowBudget.class);
		if (budget != null && budget.rows.addAndGet(rows) > budget.max && budget.exceeded.compareAndSet(false, true)) {
			budget.execution.cancel();
		}
	}

	/**
	 * Stops the operation of this context because a read of relationships failed: the
	 * first failure is its answer, the loaders read nothing more. False when the context
	 * has no budget (the caller then fails the fields itself).
	 */
	public static boolean fail(GraphQLContext context, Throwable failure) {
		RowBudget budget = context.get(RowBudget.class);
		if (budget == null) {
			return false;
		}
		if (budget.failure.compareAndSet(null, failure)) {
			budget.exceeded.set(true);
			budget.execution.cancel();
		}
		return true;
	}

	/** The failure that stopped the operation, if one did. */
	@Nullable Throwable failure() {
		return this.failure.get();
	}

	boolean exceeded() {
		return this.exceeded.get();
	}

	long max() {
		return this.max;
	}

}
