package org.oncograph.graphql;

import java.util.List;

import graphql.language.Description;
import graphql.language.ScalarTypeDefinition;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.idl.RuntimeWiring;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The scalars of {@code schema.graphqls}: their coercion from
 * graphql-java-extended-scalars (but a strict {@link DateScalar} of our own), each
 * refusing a value with a message of the same form ({@link ClearCoercing}), their
 * description and {@code @specifiedBy} URL from the schema. graphql-java keeps the
 * library's description of a wired scalar over the one the SDL gives it, so the schema is
 * transformed once at startup to put ours back: clients generating types read them
 * (README, Typed clients).
 */
@Component
class ExtendedScalarsWiring implements RuntimeWiringConfigurer, GraphQlSourceBuilderCustomizer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(DateScalar.DATE)
			.scalar(ClearCoercing.of(ExtendedScalars.DateTime,
					"a date and time with an offset, RFC 3339 (e.g. 2025-07-15T10:00:00Z)"))
			.scalar(ClearCoercing.of(ExtendedScalars.Json, "a JSON value"))
			.scalar(ClearCoercing.of(ExtendedScalars.Url, "an absolute URL (e.g. https://example.org/page)"))
			.scalar(ClearCoercing.of(ExtendedScalars.CountryCode,
					"an ISO 3166-1 alpha-2 code, two capital letters (e.g. BY)"))
			.scalar(ClearCoercing.of(ExtendedScalars.Locale, "an IETF BCP 47 language tag (e.g. ru)"))
			.scalar(ClearCoercing.of(ExtendedScalars.PositiveInt, "an integer greater than 0"))
			.scalar(ClearCoercing.of(ExtendedScalars.NonNegativeInt, "an integer of 0 or more"));
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitorsToTransformSchema(List.of(new SdlScalarDescriptions()));
	}

	/**
	 * Gives every scalar declared in the SDL with a description that description.
	 */
	static final class SdlScalarDescriptions extends GraphQLTypeVisitorStub {

		@Override
		public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
				TraverserContext<GraphQLSchemaElement> context) {
			ScalarTypeDefinition definition = scalar.getDefinition();
			Description description = (definition != null) ? definition.getDescription() : null;
			if (description == null || description.getContent().equals(scalar.getDescription())) {
				return TraversalControl.CONTINUE;
			}
			return changeNode(context, scalar.transform(builder -> builder.description(description.getContent())));
		}

	}

}
