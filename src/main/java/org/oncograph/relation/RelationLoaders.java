package org.oncograph.relation;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Executor;

import graphql.GraphQLContext;
import org.dataloader.BatchLoaderEnvironment;
import org.oncograph.entity.Entity;
import org.oncograph.limits.RowBudget;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Registers one batch loader per {@link RelationField}, under the field's own key
 * ({@link RelationField#loaderKey()}): one statement per field and request, whatever the
 * number of parents ({@link Relations#load}).
 */
@Component
class RelationLoaders {

	RelationLoaders(Relations relations, BatchLoaderRegistry loaders,
			@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
		// Loaders run on the application's executor, as the framework runs blocking batch
		// methods, so the fields of
		// one level of a request are read side by side rather than one after the other.
		Scheduler scheduler = Schedulers.fromExecutor(executor.getIfAvailable(() -> Runnable::run));
		for (RelationField<?> field : RelationFields.all()) {
			loaders.<Entity, Object>forName(field.loaderKey())
				.registerMappedBatchLoader(
						(parents, environment) -> Mono.fromCallable(() -> load(relations, parents, field, environment))
							.subscribeOn(scheduler));
		}
	}

	/**
	 * Reads nothing once the request has read more rows than it may ({@link RowBudget}),
	 * reads at most one row more than it may still read, and counts the rows it reads. A
	 * read that fails stops the request with one error ({@link RowBudget#fail}) rather
	 * than failing every parent's field: over a hub, that is thousands of errors, and an
	 * {@link Error} such as running out of memory would be logged once per field.
	 */
	@SuppressWarnings("unchecked")
	private static Map<Entity, Object> load(Relations relations, Collection<Entity> parents, RelationField<?> field,
			BatchLoaderEnvironment environment) {
		GraphQLContext context = environment.getContext();
		if (context != null && !RowBudget.open(context)) {
			return Map.of();
		}
		long limit = (context != null) ? RowBudget.readLimit(context) : Long.MAX_VALUE;
		Relations.Batch<Entity, Object> batch;
		try {
			batch = (Relations.Batch<Entity, Object>) relations.load(parents, field, limit);
		}
		catch (RuntimeException | Error ex) {
			if (context != null && RowBudget.fail(context, ex)) {
				return Map.of();
			}
			throw ex;
		}
		if (context != null) {
			RowBudget.count(context, batch.items());
		}
		return batch.values();
	}

}
