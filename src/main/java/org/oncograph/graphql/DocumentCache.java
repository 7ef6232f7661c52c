package org.oncograph.graphql;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct query text once, so that the same few documents that
 * applications and the viewer send with other variables are not parsed and validated for
 * every request (BENCHMARKS.md, fix 9). A document that fails to parse or validate is
 * kept with its errors; one refused by the document shape limits (an exception) is not
 * kept, so it is refused again. The depth and complexity limits run at execution, with
 * each request's variables, so a cached document is checked as a new one is. Keyed by the
 * text and the request's locale, in which graphql-java words validation errors. Bounded
 * by the total length of the cached texts.
 */
@Component
class DocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	/**
	 * Characters of query text kept: about a thousand documents of the size GraphiQL's
	 * examples have.
	 */
	static final long MAX_CHARACTERS = 2_000_000;

	private final Cache<Key, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.weigher((Key key, PreparsedDocumentEntry entry) -> key.query().length())
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(
				this.documents.get(new Key(input.getQuery(), input.getLocale()), key -> parseAndValidate.apply(input)));
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	long size() {
		return this.documents.estimatedSize();
	}

	private record Key(String query, Locale locale) {
	}

}
