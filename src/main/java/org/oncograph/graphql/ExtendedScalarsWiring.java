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
 * graphql-java-extended-scalars (but a strict {@link DateScalar} of our own), their
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
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json)
			.scalar(ExtendedScalars.Url)
			.scalar(ExtendedScalars.CountryCode)
			.scalar(ExtendedScalars.Locale)
			.scalar(ExtendedScalars.PositiveInt)
			.scalar(ExtendedScalars.NonNegativeInt);
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
