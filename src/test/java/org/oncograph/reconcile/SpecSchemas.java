package org.oncograph.reconcile;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON schemas of the Reconciliation Service API v0.2, as published, read from
 * {@code src/test/resources/reconciliation/0.2/} (see its NOTICE): their {@code $id}s are
 * resolved there, nothing is fetched.
 */
final class SpecSchemas {

	static final String BASE = "https://reconciliation-api.github.io/specs/0.2/schemas/";

	/**
	 * The schemas name the unversioned {@code http://json-schema.org/schema#} as their
	 * dialect; they use Draft 7's keywords ({@code contains}, {@code $id}), so it is read
	 * as Draft 7.
	 */
	private static final SchemaRegistry REGISTRY = SchemaRegistry.builder()
		.defaultDialectId(Dialects.getDraft7().getId())
		.dialectRegistry(new BasicDialectRegistry(List.of(Dialects.getDraft7(),
				Dialect.builder("http://json-schema.org/schema#", Dialects.getDraft7()).build())))
		.schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:reconciliation/0.2/schemas/"))
		.build();

	private SpecSchemas() {
	}

	/** What the schema finds wrong with the instance; empty when it is valid. */
	static List<String> errors(String schema, JsonNode instance) {
		return REGISTRY.getSchema(SchemaLocation.of(BASE + schema))
			.validate(instance)
			.stream()
			.map(Error::toString)
			.toList();
	}

	static void assertValid(String schema, JsonNode instance) {
		assertThat(errors(schema, instance)).as("%s against %s", instance, schema).isEmpty();
	}

}
