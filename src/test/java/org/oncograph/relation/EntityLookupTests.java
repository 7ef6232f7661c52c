package org.oncograph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.oncograph.CypherStatementCounter;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.model.EntityType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity looked up by id reads the relationship fields selected on it in the same
 * statement, and answers exactly what the batch loaders answer for the same entity
 * reached through {@code node}. The documents are built from the schema and
 * {@link RelationFields}, so every relationship field of every kind is covered, including
 * ones added later.
 */
@GraphTest
class EntityLookupTests {

	@Autowired
	CypherStatementCounter statements;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Driver driver;

	@Autowired
	Relations relations;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	@ParameterizedTest
	@EnumSource(EntityType.class)
	void readsEveryRelationshipFieldWithTheEntityInOneStatementAndAnswersAsTheBatchLoadersDo(EntityType type) {
		String typeName = type.label();
		List<String> fields = relationFields(typeName);
		assertThat(fields).as("relationship fields of %s", typeName).isNotEmpty();
		String selection = String.join("\n", fields);
		String root = typeName.substring(0, 1).toLowerCase() + typeName.substring(1);
		for (String id : busiest(typeName)) {
			List<Object> looked = new ArrayList<>();
			int lookup = this.statements.countWhile(() -> looked
				.add(this.graphQl.document("query($id: ID!) { " + root + "(id: $id) { id\n" + selection + " } }")
					.variable("id", id)
					.execute()
					.path(root)
					.entity(Object.class)
					.get()));
			List<Object> batched = new ArrayList<>();
			int batch = this.statements.countWhile(() -> batched.add(this.graphQl
				.document("query($id: ID!) { node(id: $id) { id ... on " + typeName + " {\n" + selection + " } } }")
				.variable("id", id)
				.execute()
				.path("node")
				.entity(Object.class)
				.get()));
			assertThat(looked).as("%s looked up with its fields, against node + batch loaders", id).isEqualTo(batched);
			assertThat(lookup).as("statements for %s with %d relationship fields", id, fields.size()).isEqualTo(1);
			assertThat(batch).as("statements through node and the batch loaders").isEqualTo(1 + fields.size());
		}
	}

	/**
	 * A batch reads no more rows than it is allowed, so a fan-out over hubs holds at most
	 * what its request may still read, and what it reads is the start of the whole.
	 */
	@Test
	void aBatchStopsAtItsLimit() {
		List<Entity> countries = this.driver.executableQuery("MATCH (c:Country) RETURN c ORDER BY c.id")
			.execute()
			.records()
			.stream()
			.map(row -> Nodes.entity(row.get("c").asNode()))
			.toList();
		RelationField<?> cities = RelationFields.at("Country.cities");
		Relations.Batch<Entity, ?> whole = this.relations.load(countries, cities, Long.MAX_VALUE);
		List<Object> all = whole.values()
			.values()
			.stream()
			.flatMap(value -> ((List<?>) value).stream())
			.collect(Collectors.toList());
		assertThat(all).hasSizeGreaterThan(3);
		assertThat(whole.items()).isEqualTo(all.size());
		Relations.Batch<Entity, ?> cut = this.relations.load(countries, cities, 3);
		assertThat(cut.items()).isEqualTo(3);
		assertThat(cut.values().values().stream().flatMap(value -> ((List<?>) value).stream()).toList())
			.isEqualTo(all.subList(0, 3));
	}

	@Test
	void everyRelationFieldIsAFieldOfTheSchema() {
		GraphQLSchema schema = this.graphQlSource.schema();
		for (RelationField<?> field : RelationFields.all()) {
			String[] coordinates = field.coordinates().split("\\.");
			GraphQLFieldsContainer type = (GraphQLFieldsContainer) schema.getType(coordinates[0]);
			assertThat(type).as(field.coordinates()).isNotNull();
			assertThat(type.getFieldDefinition(coordinates[1])).as(field.coordinates()).isNotNull();
		}
	}

	@Test
	void anUnknownIdIsNotFoundAndCostsOneStatement() {
		int sent = this.statements.countWhile(() -> this.graphQl
			.document("{ person(id: \"person:nobody\") { id affiliations { role } sources { evidence } } }")
			.execute()
			.errors()
			.expect(error -> "NOT_FOUND".equals(error.getErrorType().toString()))
			.verify()
			.path("person")
			.valueIsNull());
		assertThat(sent).isEqualTo(1);
	}

	/** The two entities of this kind with the most relationships. */
	private List<String> busiest(String label) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (n:Entity) WHERE $label IN labels(n)
					RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 2""", Map.of("label", label))
				.list(row -> row.get("id").asString()));
		}
	}

	/**
	 * Every relationship field of the type, each with a selection of its scalars and the
	 * ids of what it names.
	 */
	private List<String> relationFields(String typeName) {
		GraphQLFieldsContainer type = (GraphQLFieldsContainer) this.graphQlSource.schema().getType(typeName);
		List<String> fields = new ArrayList<>();
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			if (RelationFields.of(typeName, field.getName()).isPresent()) {
				fields.add(field.getName() + " " + selection(field.getType()));
			}
		}
		return fields;
	}

	/**
	 * The scalars of a type; for a record of the API (no id: an affiliation, a
	 * provenance) also its object fields, nodes by their id, so that the selection reads
	 * nothing but the field itself.
	 */
	private static String selection(GraphQLType fieldType) {
		GraphQLFieldsContainer type = (GraphQLFieldsContainer) GraphQLTypeUtil.unwrapAll(fieldType);
		boolean node = type.getFieldDefinition("id") != null;
		return type.getFieldDefinitions().stream().filter(field -> field.getArguments().isEmpty()).map(field -> {
			if (!(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer object)) {
				return field.getName();
			}
			if (node) {
				return null;
			}
			return field.getName() + " " + ((object.getFieldDefinition("id") != null) ? "{ id }" : selection(object));
		}).filter(Objects::nonNull).collect(Collectors.joining(" ", "{ ", " }"));
	}

}
