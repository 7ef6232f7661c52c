package org.oncograph.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oncograph.GraphTest;
import org.oncograph.Npm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the audits of the npm package {@code graphql-http} (pinned in
 * {@code src/test/graphql-http/}) against the running app with Node.js: every MUST
 * passes. The results of all audits, SHOULD and MAY included, are written to
 * {@code target/graphql-http/audit.md}.
 */
@GraphTest
// Hostile and odd requests pass the response cache too.
@TestPropertySource(properties = "oncograph.response-cache.enabled=true")
class GraphQlOverHttpAuditTests {

	static final Path SOURCES = Path.of("src/test/graphql-http");

	static final Path WORK = Path.of("target/graphql-http");

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyMustOfTheGraphQlOverHttpAuditPasses() throws Exception {
		Npm.require("the graphql-http audit");
		Files.createDirectories(WORK);
		for (String file : List.of("package.json", "package-lock.json", "audit.mjs")) {
			Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
		String output = run(List.of("node", "audit.mjs", "http://127.0.0.1:" + this.port + "/graphql"), 120);
		JsonNode results = json.readTree(output.lines()
			.filter(line -> line.startsWith("["))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The audit printed no results:\n" + output)));

		var table = new StringBuilder("| level | audit | result |\n| --- | --- | --- |\n");
		var failedMusts = new StringBuilder();
		int must = 0, should = 0, may = 0, passed = 0;
		for (JsonNode result : results) {
			String name = result.path("name").asString();
			String status = result.path("status").asString();
			String level = name.substring(0, name.indexOf(' '));
			boolean ok = status.equals("ok");
			passed += ok ? 1 : 0;
			switch (level) {
				case "MUST" -> must++;
				case "SHOULD" -> should++;
				default -> may++;
			}
			if (level.equals("MUST") && !ok) {
				failedMusts.append("\n").append(name).append(": ").append(result.path("reason").asString());
			}
			table.append("| ")
				.append(level)
				.append(" | ")
				.append(name.substring(level.length() + 1).replace("|", "\\|"))
				.append(" | ")
				.append(ok ? "passes" : status + ": " + result.path("reason").asString("").replace("|", "\\|"))
				.append(" |\n");
		}
		String summary = results.size() + " audits (" + must + " MUST, " + should + " SHOULD, " + may + " MAY), "
				+ passed + " pass";
		Files.writeString(WORK.resolve("audit.md"), "graphql-http 1.23.1: " + summary + "\n\n" + table);
		System.out.println("graphql-http audit: " + summary + "; results in " + WORK.resolve("audit.md"));
		assertThat(must).as("MUST audits run").isGreaterThan(0);
		assertThat(failedMusts).as("MUST audits failing").isEmpty();
	}

	private String run(List<String> command, int seconds) throws IOException, InterruptedException {
		return Npm.run(WORK, command, seconds, Map.of());
	}

}
