package org.oncograph;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request leaves nothing behind: after many concurrent GraphQL requests, the live heap holds no more than a few of
 * graphql-java's per-request execution contexts (each one keeps its request's DataLoaders and results alive).
 */
@GraphTest
class RequestMemoryTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final String QUERY = """
			{"query": "{ person(id: \\"person:kaprin-andrey\\") { nameEn affiliations { institution { nameEn } } } }"}""";

	@LocalServerPort
	int port;

	@Test
	void manyRequestsLeaveNoExecutionBehind() throws Exception {
		try (var clients = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 800; i++) {
				clients.submit(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(QUERY))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
		}
		assertThat(liveInstances("graphql.execution.ExecutionContext")).isLessThan(20);
	}

	/** Live instances of a class after a full collection (the JVM's class histogram). */
	static long liveInstances(String className) throws Exception {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { null }, new String[] { String[].class.getName() });
		Matcher row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)", Pattern.MULTILINE)
			.matcher(histogram);
		return row.find() ? Long.parseLong(row.group(1)) : 0;
	}

}
