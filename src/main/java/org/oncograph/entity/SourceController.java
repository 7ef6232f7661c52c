package org.oncograph.entity;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.oncograph.graphql.Paging;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code source}, {@code sources} and {@code Source.mentions}. Mentions take an argument,
 * so they are batched through a registered DataLoader (one statement for all sources of a
 * request) rather than {@code @BatchMapping}.
 */
@Controller
class SourceController {

	private final EntityReader entities;

	private final Paging paging;

	SourceController(EntityReader entities, Paging paging, BatchLoaderRegistry loaders) {
		this.entities = entities;
		this.paging = paging;
		loaders.<String, List<Mention>>forName("mentions")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> entities.mentions(ids)));
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.entities.source(id);
	}

	@QueryMapping
	List<Source> sources() {
		return this.entities.sources();
	}

	@SchemaMapping
	CompletableFuture<List<Mention>> mentions(Source source, @Argument @Nullable Integer first,
			DataLoader<String, List<Mention>> mentions) {
		int limit = (first != null) ? this.paging.size("first", first) : Integer.MAX_VALUE;
		return mentions.load(source.id()).thenApply(all -> all.subList(0, Math.min(limit, all.size())));
	}

}
