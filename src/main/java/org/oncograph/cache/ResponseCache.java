package org.oncograph.cache;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.oncograph.version.GraphVersionChanged;
import org.oncograph.version.GraphVersions;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Answers a GraphQL query from the answer computed earlier for the same document,
 * operation name, variables, locale and authorization scope (the roles of the token, or
 * anonymous), if the graph's version it was computed at is still current; otherwise runs
 * it and keeps its answer. Only answers of queries without errors are kept (an error may
 * be a timeout or a refusal: the next request should try again); mutations and
 * subscriptions always run. A hit sends no Cypher statement and spends no points: the
 * work it saves is what the points pay for.
 * <p>
 * The answer is tagged with the version this replica knew before it ran: a write that
 * commits meanwhile moves the version, so the answer, which may or may not hold it, is
 * never served. A new version drops every answer ({@link GraphVersionChanged}); the
 * version is compared again on each hit, for the answers stored while it moved. Bounded
 * by the estimated heap of the answers ({@code oncograph.response-cache.max-weight}), the
 * least used going first; {@code cache_gets_total}, {@code cache_evictions_total} … with
 * {@code cache="oncograph.graphql.responses"} in Prometheus.
 */
class ResponseCache implements WebGraphQlInterceptor, MeterBinder {

	/**
	 * Heap bytes estimated per byte of an answer's JSON: the maps, lists, strings and
	 * boxed numbers that graphql-java's result is made of take a few times its text.
	 */
	static final int HEAP_PER_JSON_BYTE = 4;

	static final String CACHE_NAME = "oncograph.graphql.responses";

	private static final String ANONYMOUS = "anonymous";

	private final GraphVersions versions;

	private final JsonMapper json;

	private final Cache<Key, Answer> answers;

	ResponseCache(GraphVersions versions, JsonMapper json, ResponseCacheProperties properties) {
		this.versions = versions;
		this.json = json;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(properties.maxWeight().toBytes())
			.weigher((Key key, Answer answer) -> answer.weight())
			.recordStats()
			.build();
	}

	/** What an answer is kept for. */
	record Key(String document, @Nullable String operationName, Map<String, @Nullable Object> variables, Locale locale,
			String scope) {
	}

	/** A kept answer: its data, the version it was computed at, its estimated heap. */
	record Answer(Map<String, Object> data, long version, int weight) {
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long version = this.versions.current();
		if (version < 0) {
			return chain.next(request);
		}
		Key key = new Key(request.getDocument(), request.getOperationName(), request.getVariables(),
				request.getLocale(), scope(SecurityContextHolder.getContext().getAuthentication()));
		Answer hit = this.answers.getIfPresent(key);
		if (hit != null) {
			if (hit.version() == version) {
				ExecutionResult result = ExecutionResult.newExecutionResult().data(hit.data()).build();
				return Mono.just(new WebGraphQlResponse(
						new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
			}
			this.answers.asMap().remove(key, hit);
		}
		return chain.next(request).doOnNext(response -> keep(key, version, response));
	}

	private void keep(Key key, long version, WebGraphQlResponse response) {
		if (!response.getErrors().isEmpty() || !response.getExecutionResult().isDataPresent()
				|| !OperationKind.query(response.getExecutionInput().getGraphQLContext())
				|| !(response.getExecutionResult().getData() instanceof Map<?, ?> data)
				|| this.versions.current() != version) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = (Map<String, Object>) data;
		long weight = weight(this.json.writeValueAsBytes(answer).length, key.document().length());
		if (weight <= Integer.MAX_VALUE) {
			this.answers.put(key, new Answer(answer, version, (int) weight));
		}
	}

	/** The estimated heap of an answer of this JSON size to a document of this length. */
	static long weight(long jsonBytes, int documentChars) {
		return HEAP_PER_JSON_BYTE * jsonBytes + 2L * documentChars;
	}

	/**
	 * Who may see what: the roles of an authenticated request, in order; anonymous
	 * otherwise. Answers are shared by everyone with the same roles, as no field depends
	 * on who asks but through the roles.
	 */
	static String scope(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.collect(Collectors.joining(",", "roles:", ""));
	}

	/** Drops every answer once the graph's version has moved. */
	@EventListener
	void graphChanged(GraphVersionChanged change) {
		this.answers.invalidateAll();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.answers, CACHE_NAME);
	}

	long size() {
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

}
