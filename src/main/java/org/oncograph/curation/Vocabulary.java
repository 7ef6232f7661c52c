package org.oncograph.curation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The allowed values of the schema's enums ({@code InstitutionKind},
 * {@code EventStatus}…), read from the schema itself, so the checks of text inputs can
 * never drift from the contract. (Lazily: the schema is built from the controllers, which
 * need this.)
 */
@Component
class Vocabulary {

	private final ObjectProvider<GraphQlSource> graphQl;

	private final Map<String, List<String>> values = new ConcurrentHashMap<>();

	Vocabulary(ObjectProvider<GraphQlSource> graphQl) {
		this.graphQl = graphQl;
	}

	/** The values of the schema enum with this name, in schema order. */
	List<String> values(String schemaEnum) {
		return this.values.computeIfAbsent(schemaEnum, name -> {
			var type = (GraphQLEnumType) this.graphQl.getObject().schema().getType(name);
			if (type == null) {
				throw new IllegalStateException("The schema has no enum " + name);
			}
			return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
		});
	}

}
