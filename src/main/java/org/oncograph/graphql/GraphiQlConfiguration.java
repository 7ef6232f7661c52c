package org.oncograph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves GraphiQL at {@code spring.graphql.graphiql.path} with one tab per example query
 * of {@code classpath:graphiql/examples/} (Spring's stock page takes no initial query).
 * The page is Spring for GraphQL's, with GraphiQL's {@code defaultTabs} filled in; this
 * route comes before Boot's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class GraphiQlConfiguration {

	static final String EXAMPLES = "classpath*:graphiql/examples/*.graphql";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlWithExamples(GraphQlProperties properties) {
		var page = new ByteArrayResource(page().getBytes(StandardCharsets.UTF_8));
		var handler = new GraphiQlHandler(properties.getHttp().getPath(), properties.getWebsocket().getPath(), page);
		return RouterFunctions.route(RequestPredicates.GET(properties.getGraphiql().getPath()), handler::handleRequest);
	}

	static String page() {
		String template = read(new ClassPathResource("graphiql/oncograph.html"));
		return template.replace("/*EXAMPLE_TABS*/[]", tabs());
	}

	/**
	 * The examples as a JavaScript array of {@code {query}} objects, in file name order.
	 */
	static String tabs() {
		try {
			Resource[] examples = new PathMatchingResourcePatternResolver().getResources(EXAMPLES);
			return Arrays.stream(examples)
				.sorted(Comparator.comparing(Resource::getFilename, Comparator.nullsLast(Comparator.naturalOrder())))
				.map(example -> "{query: " + jsString(read(example)) + "}")
				.collect(Collectors.joining(",\n", "[", "]"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A JavaScript string literal, safe inside a script element. */
	private static String jsString(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '<' -> out.append("\\u003c");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
