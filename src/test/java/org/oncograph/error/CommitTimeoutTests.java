package org.oncograph.error;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.entity.EntityReader;

import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read whose statements all finished in time but whose commit comes after the
 * transaction timeout (here 1 s) is a TIMEOUT error naming the field, like a statement
 * stopped at the timeout, not an INTERNAL_ERROR. Its own app with that timeout: the
 * entity reader is held inside its transaction, after its statement, until Neo4j's
 * transaction monitor (it looks every 2 s) has terminated the transaction, so that the
 * commit is what meets the timeout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "oncograph.embedded.data-dir=target/neo4j-tests/${random.uuid}",
				"oncograph.embedded.bolt-port=0", "oncograph.analytics.warm-up=false",
				"spring.transaction.default-timeout=1s" })
class CommitTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityReader entities;

	@Test
	void aTimeoutAtCommitIsATimeoutErrorNamingTheField() {
		// Innermost advice: it runs inside the transaction the reader's @Transactional
		// opened, after the statement.
		MethodInterceptor holdBeforeCommit = invocation -> {
			Object result = invocation.proceed();
			Thread.sleep(4_500);
			return result;
		};
		Advised reader = (Advised) this.entities;
		reader.addAdvice(holdBeforeCommit);
		String body;
		try {
			body = post("{ node(id: \\\"person:kaprin-andrey\\\") { id } }");
		}
		finally {
			reader.removeAdvice(holdBeforeCommit);
		}
		assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.classification")).isEqualTo("TIMEOUT");
		assertThat(JsonPath.<String>read(body, "$.errors[0].extensions.field")).isEqualTo("node");
		assertThat(JsonPath.<List<Object>>read(body, "$.errors[0].path")).containsExactly("node");
		assertThat(JsonPath.<String>read(body, "$.errors[0].message"))
			.startsWith("'node' took longer than the server's query timeout (ONCOGRAPH_QUERY_TIMEOUT)");
		assertThat(body).doesNotContain("Exception", "Neo.", "MATCH", "org.");
		// Without the hold, the same request answers.
		assertThat(JsonPath.<String>read(post("{ node(id: \\\"person:kaprin-andrey\\\") { id } }"), "$.data.node.id"))
			.isEqualTo("person:kaprin-andrey");
	}

	private String post(String query) {
		return new String(GraphQlOverHttp.client(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"" + query + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

}
