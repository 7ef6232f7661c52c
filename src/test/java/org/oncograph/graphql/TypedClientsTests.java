package org.oncograph.graphql;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.ScalarTypeDefinition;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import org.oncograph.Npm;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed clients on the live schema: every custom scalar has our description and a
 * {@code specifiedByURL}; GraphQL Code Generator with {@code strictScalars} and the
 * README's scalars map types an operation selecting every scalar, and
 * {@code tsc --strict} compiles code using those types; relay-compiler with
 * {@code requireCustomScalarTypes} compiles fragments with {@code @connection} and
 * {@code @refetchable} (the npm project of {@code src/test/typed-clients/}).
 */
@GraphTest
class TypedClientsTests {

	static final Path SOURCES = Path.of("src/test/typed-clients");

	static final Path WORK = Path.of("target/typed-clients");

	/** The npm project, as committed (its installed and generated files are not). */
	static final List<String> FILES = List.of("package.json", "package-lock.json", "codegen.ts", "tsconfig.json",
			"uses-types.ts", "operations/typed-scalars.graphql", "relay.config.json", "relay/People.ts");

	@LocalServerPort
	int port;

	WebTestClient http;

	@BeforeEach
	void connect() {
		this.http = GraphQlOverHttp.client(this.port);
	}

	@Test
	void everyCustomScalarHasOurDescriptionAndASpecification() throws Exception {
		TypeDefinitionRegistry sdl = new SchemaParser()
			.parse(Files.readString(Path.of("schema.graphqls"), StandardCharsets.UTF_8));
		Map<String, ScalarTypeDefinition> declared = sdl.scalars();
		Map<String, JsonNode> live = new HashMap<>();
		for (JsonNode type : post("{ __schema { types { name kind description specifiedByURL } } }")
			.at("/data/__schema/types")) {
			if (type.path("kind").asString().equals("SCALAR")) {
				live.put(type.path("name").asString(), type);
			}
		}
		var custom = live.keySet().stream().filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name)).toList();
		assertThat(custom).hasSize(8);
		for (String name : custom) {
			ScalarTypeDefinition definition = declared.get(name);
			assertThat(definition).as(name + " is declared in schema.graphqls").isNotNull();
			assertThat(live.get(name).path("description").asString()).as(name)
				.isEqualTo(definition.getDescription().getContent());
			assertThat(live.get(name).path("specifiedByURL").asString()).as(name).startsWith("https://");
		}
	}

	@Test
	void codegenWithStrictScalarsTypesTheLiveSchemaAndTscStrictCompilesIt() throws Exception {
		Npm.require("GraphQL Code Generator and tsc");
		FileSystemUtils.deleteRecursively(WORK.resolve("generated"));
		FileSystemUtils.deleteRecursively(WORK.resolve("relay"));
		for (String file : FILES) {
			Files.createDirectories(WORK.resolve(file).getParent());
			Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Npm.run(WORK, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300, Map.of());
		Npm.run(WORK, List.of("npx", "--no-install", "graphql-codegen", "--config", "codegen.ts"), 180,
				Map.of("ONCOGRAPH_GRAPHQL", "http://127.0.0.1:" + this.port + "/graphql"));
		String generated = Files.readString(WORK.resolve("generated/graphql.ts"), StandardCharsets.UTF_8);
		assertThat(generated).contains("Date: { input: string; output: string; }",
				"PositiveInt: { input: number; output: number; }", "export type TypedScalarsQuery =");
		Npm.run(WORK, List.of("npx", "--no-install", "tsc", "--strict", "-p", "tsconfig.json"), 180, Map.of());

		byte[] schema = this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		Files.write(WORK.resolve("schema.graphql"), schema);
		Npm.run(WORK, List.of("npx", "--no-install", "relay-compiler"), 180, Map.of());
		assertThat(WORK.resolve("relay/__generated__/People_person.graphql.ts")).content()
			.contains("readonly publishedOn: string | null | undefined;", "readonly language: string;");
		assertThat(WORK.resolve("relay/__generated__/PeoplePaginationQuery.graphql.ts")).exists();
	}

	@Test
	void theReadmeShowsTheConfigsTheTestRuns() throws Exception {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		String codegen = Files.readString(SOURCES.resolve("codegen.ts"), StandardCharsets.UTF_8);
		String relay = Files.readString(SOURCES.resolve("relay.config.json"), StandardCharsets.UTF_8);
		assertThat(readme).as("README's Typed clients section")
			.contains("```ts\n" + codegen + "```", "```json\n" + relay + "```");
	}

	private JsonNode post(String query) {
		return GraphQlOverHttp.answer(this.http, query);
	}

}
