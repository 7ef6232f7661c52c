package org.oncograph.graphql;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The scalars of {@code schema.graphqls}: from graphql-java-extended-scalars, but a
 * strict {@link DateScalar} of our own.
 */
@Component
class ExtendedScalarsWiring implements RuntimeWiringConfigurer {

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

}
