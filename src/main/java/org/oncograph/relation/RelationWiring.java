package org.oncograph.relation;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires every relationship field from the table: for each {@link RelationField} a data
 * fetcher that loads through the field's batch loader ({@link RelationLoaders}); for each
 * relationship object type of the model ({@code Affiliation}…) the fetchers of its two
 * end fields and its properties, read from the {@link Link}. A new relationship field is
 * an entry of the model, not code here.
 */
@Component
class RelationWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (RelationField<?> field : RelationFields.all()) {
			String[] coordinates = field.coordinates().split("\\.");
			DataFetcher<CompletableFuture<Object>> fetcher = environment -> {
				DataLoader<Entity, Object> loader = environment.getDataLoader(field.loaderKey());
				Entity parent = environment.getSource();
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

}
