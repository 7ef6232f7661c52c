package org.oncograph.relation;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.oncograph.entity.GraphNode;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires every relationship field from the table: for each {@link RelationField} a batch loader (one statement per
 * field and request, whatever the number of parents) registered under the field's own key, and a data fetcher that
 * loads through it; for each relationship object type of the model ({@code Affiliation}…) the fetchers of its two
 * end fields and its properties, read from the {@link Link}. A new relationship field is an entry of the model, not
 * code here.
 */
@Component
class RelationWiring implements RuntimeWiringConfigurer {

	RelationWiring(Relations relations, BatchLoaderRegistry loaders,
			@Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
		// Loaders run on the application's executor, as the framework runs blocking batch methods, so the fields of
		// one level of a request are read side by side rather than one after the other.
		Scheduler scheduler = Schedulers.fromExecutor(executor.getIfAvailable(() -> Runnable::run));
		for (RelationField<?> field : RelationFields.all()) {
			loaders.<GraphNode, Object>forName(field.loaderKey())
				.registerMappedBatchLoader((parents, environment) -> Mono
					.fromCallable(() -> load(relations, parents, field))
					.subscribeOn(scheduler));
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (RelationField<?> field : RelationFields.all()) {
			String[] coordinates = field.coordinates().split("\\.");
			DataFetcher<CompletableFuture<Object>> fetcher = environment -> {
				DataLoader<GraphNode, Object> loader = environment.getDataLoader(field.loaderKey());
				GraphNode parent = environment.getSource();
				return Objects.requireNonNull(loader, field.loaderKey()).load(Objects.requireNonNull(parent));
			};
			if (coordinates[0].equals("Entity")) {
				// An interface field is fetched on each object type that implements it.
				for (EntityType type : EntityType.values()) {
					wiring.type(type.label(), builder -> builder.dataFetcher(coordinates[1], fetcher));
				}
			}
			else {
				wiring.type(coordinates[0], builder -> builder.dataFetcher(coordinates[1], fetcher));
			}
		}
		for (RelationKind kind : RelationKind.values()) {
			wiring.type(kind.ends().schemaType(), builder -> relationshipType(builder, kind));
		}
	}

	private static TypeRuntimeWiring.Builder relationshipType(TypeRuntimeWiring.Builder builder, RelationKind kind) {
		builder.dataFetcher(kind.ends().startField(), environment -> link(environment.getSource()).start());
		builder.dataFetcher(kind.ends().endField(), environment -> link(environment.getSource()).end());
		for (String property : kind.properties()) {
			builder.dataFetcher(property, environment -> link(environment.getSource()).property(property));
		}
		return builder.dataFetcher("sources", environment -> link(environment.getSource()).sources());
	}

	private static Link link(@Nullable Object source) {
		return (Link) Objects.requireNonNull(source);
	}

	@SuppressWarnings("unchecked")
	private static Map<GraphNode, Object> load(Relations relations, Collection<GraphNode> parents,
			RelationField<?> field) {
		return (Map<GraphNode, Object>) relations.load(parents, field);
	}

}
