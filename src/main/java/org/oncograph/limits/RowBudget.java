package org.oncograph.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionInput;
import graphql.GraphQLContext;

/**
 * The rows of relationships one operation has read, against the same limit as its
 * complexity: the complexity counts a relationship list as {@code list-factor} rows
 * before it runs, and this counts the rows it really returns, so that a hub's thousands
 * cannot slip under the estimate. Past the limit the operation is cancelled and answered
 * with one BAD_REQUEST ({@link CostInstrumentation}); the loaders read nothing more.
 */
public final class RowBudget {

	private final long max;

	private final ExecutionInput execution;

	private final long cost;

	private final AtomicLong rows = new AtomicLong();

	private final AtomicBoolean exceeded = new AtomicBoolean();

	RowBudget(long max, ExecutionInput execution, long cost) {
		this.max = max;
		this.execution = execution;
		this.cost = cost;
	}

	/**
	 * Whether the operation of this context may still read relationships: false once its
	 * rows have passed the limit.
	 */
	public static boolean open(GraphQLContext context) {
		RowBudget budget = context.get(RowBudget.class);
		return budget == null || !budget.exceeded.get();
	}

	/** Counts rows the operation of this context has read. */
	public static void count(GraphQLContext context, long rows) {
		RowBudget budget = context.get(RowBudget.class);
		if (budget != null && budget.rows.addAndGet(rows) > budget.max && budget.exceeded.compareAndSet(false, true)) {
			budget.execution.cancel();
		}
	}

	boolean exceeded() {
		return this.exceeded.get();
	}

	/** The rows read beyond the operation's cost: what its client is charged after it. */
	long beyondCost() {
		return Math.max(0, this.rows.get() - this.cost);
	}

	long max() {
		return this.max;
	}

}
