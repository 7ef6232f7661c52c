package org.oncograph.cache;

import org.oncograph.version.GraphVersions;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The response cache ({@code oncograph.response-cache.enabled}, on by default): the last
 * of the GraphQL interceptors, so that a hit still gets the client's rate-limit headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oncograph.response-cache.enabled", havingValue = "true", matchIfMissing = true)
class ResponseCacheConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ResponseCache responseCache(GraphVersions versions, JsonMapper json, ResponseCacheProperties properties) {
		return new ResponseCache(versions, json, properties);
	}

	@Bean
	OperationKind operationKind() {
		return new OperationKind();
	}

}
