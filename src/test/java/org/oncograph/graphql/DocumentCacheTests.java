package org.oncograph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Each query text is parsed and validated once, and a cached document still passes every
 * limit per request.
 */
@GraphTest
class DocumentCacheTests {

	/**
	 * With first: 100 about 45,000 (more than the 20,000 allowed); with first: 1 about
	 * 450.
	 */
	static final String PEOPLE = """
			query People($n: PositiveInt!) { people(first: $n) { edges { node { id name
			  affiliations { role sources { evidence } institution { id name sources { evidence source { id } } } } } } } }""";

	@LocalServerPort
	int port;

	@Autowired
	DocumentCache cache;

	@Test
	void aQueryTextIsParsedOnceAndAnInvalidOneKeepsItsErrors() {
		var cache = new DocumentCache();
		var parses = new AtomicInteger();
		Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
			parses.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};
		var first = cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ sources { id } }").build(), parse)
			.join();
		var again = cache
			.getDocumentAsync(ExecutionInput.newExecutionInput("{ sources { id } }").variables(Map.of("x", 1)).build(),
					parse)
			.join();
		cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ sources { title } }").build(), parse).join();
		assertThat(parses).hasValue(2);
		assertThat(again.getDocument()).isSameAs(first.getDocument());
		// Validation errors are worded in the request's language: another locale is
		// another entry.
		cache
			.getDocumentAsync(ExecutionInput.newExecutionInput("{ sources { id } }").locale(Locale.GERMAN).build(),
					parse)
			.join();
		assertThat(parses).hasValue(3);

		var invalid = new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("bad").build()));
		cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), input -> invalid).join();
		assertThat(cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ nope }").build(), input -> {
			throw new AssertionError("parsed again");
		}).join().getErrors()).extracting("message").containsExactly("bad");
	}

	@Test
	void aDocumentRefusedByTheShapeLimitsIsRefusedAgainNotCached() {
		var cache = new DocumentCache();
		var attempts = new ArrayList<String>();
		Function<ExecutionInput, PreparsedDocumentEntry> refuse = input -> {
			attempts.add(input.getQuery());
			throw new AbortExecutionException("too many aliases");
		};
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(AbortExecutionException.class).isThrownBy(() -> cache
				.getDocumentAsync(ExecutionInput.newExecutionInput("{ a: sources { id } }").build(), refuse));
		}
		assertThat(attempts).hasSize(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void theComplexityLimitChecksACachedDocumentWithEachRequestsVariables() {
		var small = GraphQlOverHttp.graphQl(this.port).document(PEOPLE).variable("n", 1).execute();
		small.errors().verify();
		small.path("people.edges").entityList(Object.class).hasSize(1);
		long cached = this.cache.size();
		assertThat(cached).as("documents cached").isPositive();

		GraphQlOverHttp.graphQl(this.port)
			.document(PEOPLE)
			.variable("n", 100)
			.execute()
			.errors()
			.expect(error -> error.getMessage().contains("maximum query complexity exceeded"))
			.verify();
		assertThat(this.cache.size()).as("the same text, no new entry").isEqualTo(cached);
	}

}
