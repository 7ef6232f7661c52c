package org.oncograph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A full-stack test on the app as it runs by default: the embedded Neo4j (in a fresh
 * store under {@code target/}, Bolt on a free port) with every script of {@code cypher/}
 * applied, and the HTTP server on a free port. All classes with this annotation share one
 * application context, so the graph loads once. {@link CypherStatementCounter} counts the
 * Cypher statements the API sends; the brokers warm-up is off, so that only the requests
 * of the tests send any (BrokersWarmUpTests has it on); the response cache is off, so
 * that each request sends its statements however often the tests repeat it (the tests of
 * {@code cache/} have it on). The tests are one anonymous client with a budget they
 * cannot spend, and their address is a trusted proxy, so that a test can be another
 * client with {@code X-Forwarded-For} (AdmissionTests runs the default budgets in a
 * context of its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "oncograph.embedded.data-dir=target/neo4j-tests/${random.uuid}",
				"oncograph.embedded.bolt-port=0", "oncograph.analytics.warm-up=false",
				"oncograph.response-cache.enabled=false", "oncograph.admission.trusted-proxies=127.0.0.1,::1",
				"oncograph.admission.anonymous.points=1000000000",
				"oncograph.admission.anonymous.points-per-second=1000000000" })
@Import(CypherStatementCounter.class)
public @interface GraphTest {

}
