package org.oncograph.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Registers the operation, alias, depth and complexity checks with Spring for GraphQL,
 * the body size check on the endpoint, and the admission of requests: rate limits and
 * bulkheads ({@code oncograph.admission}).
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	/**
	 * The complexity check, and with admission on, the rate limits and bulkheads of
	 * GraphQL operations.
	 */
	@Bean
	CostInstrumentation cost(LimitsProperties limits, AdmissionProperties admission, RateLimits rateLimits,
			Bulkheads bulkheads) {
		return new CostInstrumentation(limits.maxComplexity(), new RowsTimesFields(limits.listFactor()),
				admission.enabled() ? rateLimits : null, admission.enabled() ? bulkheads : null, admission.largeCost());
	}

	@Bean
	RateLimits rateLimits(AdmissionProperties admission) {
		return new RateLimits(admission);
	}

	@Bean
	Bulkheads bulkheads(AdmissionProperties admission, MeterRegistry meters) {
		return new Bulkheads(admission, meters);
	}

	/**
	 * The first of the GraphQL interceptors: every answer gets the rate-limit headers.
	 */
	@Bean
	@Order(0)
	AdmissionInterceptor admissionInterceptor(RateLimits rateLimits) {
		return new AdmissionInterceptor(rateLimits);
	}

	/**
	 * After Spring Security's filters (the client of a request with a token is its
	 * subject), on the GraphQL endpoint and the exports.
	 */
	@Bean
	FilterRegistrationBean<AdmissionFilter> admission(AdmissionProperties admission, GraphQlProperties graphQl,
			RateLimits rateLimits, Bulkheads bulkheads) {
		String path = graphQl.getHttp().getPath();
		var registration = new FilterRegistrationBean<>(new AdmissionFilter(path,
				Client.Resolver.trusting(admission.trustedProxies()), rateLimits, bulkheads, admission.exportCost()));
		registration.addUrlPatterns(path, "/export/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.setEnabled(admission.enabled());
		return registration;
	}

	/** The rate limits for HTTP endpoints that measure their own cost. */
	@Bean
	Admission endpointAdmission(AdmissionProperties admission, RateLimits rateLimits) {
		return new Admission(Client.Resolver.trusting(admission.trustedProxies()),
				admission.enabled() ? rateLimits : null);
	}

	@Bean
	DocumentShapeInstrumentation documentShape(LimitsProperties limits) {
		return new DocumentShapeInstrumentation(limits.maxOperations(), limits.maxAliases());
	}

	@Bean
	FilterRegistrationBean<BodySizeFilter> graphQlBodySize(LimitsProperties limits, GraphQlProperties graphQl) {
		var registration = new FilterRegistrationBean<>(new BodySizeFilter(limits.maxBodySize()));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		return registration;
	}

}
