package org.oncograph;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request leaves nothing behind: after many concurrent GraphQL requests, the live heap
 * holds no more than a few of graphql-java's per-request execution contexts (each one
 * keeps its request's DataLoaders and results alive).
 */
@GraphTest
class RequestMemoryTests {

	static final String QUERY = "{ person(id: \"person:kaprin-andrey\") { nameEn affiliations { institution { nameEn } } } }";

	@LocalServerPort
	int port;

	@Test
	void manyRequestsLeaveNoExecutionBehind() throws Exception {
		var graphQl = GraphQlOverHttp.graphQl(this.port);
		var answers = new ArrayList<Future<?>>();
		try (var clients = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 800; i++) {
				answers.add(clients.submit(() -> graphQl.document(QUERY)
					.execute()
					.path("person.nameEn")
					.entity(String.class)
					.isEqualTo("Andrey Kaprin")));
			}
		}
		for (Future<?> answer : answers) {
			answer.get();
		}
		assertThat(liveInstances("graphql.execution.ExecutionContext")).isLessThan(20);
	}

	/** Live instances of a class after a full collection (the JVM's class histogram). */
	static long liveInstances(String className) throws Exception {
		String histogram = (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
					new Object[] { null }, new String[] { String[].class.getName() });
		Matcher row = Pattern
			.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(className) + "(\\s|$)", Pattern.MULTILINE)
			.matcher(histogram);
		return row.find() ? Long.parseLong(row.group(1)) : 0;
	}

}
