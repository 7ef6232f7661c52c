package org.oncograph.graphql;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The scalars of {@code schema.graphqls}, from graphql-java-extended-scalars. */
@Component
class ExtendedScalarsWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json)
			.scalar(ExtendedScalars.Url)
			.scalar(ExtendedScalars.CountryCode)
			.scalar(ExtendedScalars.Locale)
			.scalar(ExtendedScalars.PositiveInt)
			.scalar(ExtendedScalars.NonNegativeInt);
	}

}
