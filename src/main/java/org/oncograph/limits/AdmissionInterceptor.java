package org.oncograph.limits;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Hands the client {@link AdmissionFilter} found to the operation's cost check
 * ({@link CostInstrumentation}), and answers every GraphQL request with the client's
 * {@code RateLimit-*} headers, so that a client can pace itself.
 */
class AdmissionInterceptor implements WebGraphQlInterceptor {

	private final RateLimits rateLimits;

	AdmissionInterceptor(RateLimits rateLimits) {
		this.rateLimits = rateLimits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(Client.ATTRIBUTE) instanceof Client client)) {
			return chain.next(request);
		}
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(Client.class, client);
			return input;
		});
		return chain.next(request).map(response -> {
			RateLimits.Balance balance = response.getExecutionInput().getGraphQLContext().get(RateLimits.Balance.class);
			((balance != null) ? balance : this.rateLimits.balance(client)).write(response.getResponseHeaders()::set);
			return response;
		});
	}

}
