package org.oncograph.graphql;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every scalar the app wires refuses a bad value with the scalar, the form it reads and
 * the value, never a library's words naming Java classes or exceptions.
 */
@Tag("rules")
class ClearCoercingTests {

	static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

	static Coercing<?, ?> wired(String scalar) {
		var wiring = RuntimeWiring.newRuntimeWiring();
		new ExtendedScalarsWiring().configure(wiring);
		GraphQLScalarType type = wiring.build().getScalars().get(scalar);
		assertThat(type).as(scalar).isNotNull();
		return type.getCoercing();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					CountryCode    | XX                | Expected a CountryCode: an ISO 3166-1 alpha-2 code, two capital letters (e.g. BY), got 'XX'.
					CountryCode    | by                | Expected a CountryCode: an ISO 3166-1 alpha-2 code, two capital letters (e.g. BY), got 'by'.
					Url            | not a url         | Expected a Url: an absolute URL (e.g. https://example.org/page), got 'not a url'.
					DateTime       | 2025-02-30T10:00Z | Expected a DateTime: a date and time with an offset, RFC 3339 (e.g. 2025-07-15T10:00:00Z), got '2025-02-30T10:00Z'.
					Locale         | 42                | Expected a Locale: an IETF BCP 47 language tag (e.g. ru), got 42.
					PositiveInt    | 0                 | Expected a PositiveInt: an integer greater than 0, got 0.
					NonNegativeInt | -1                | Expected a NonNegativeInt: an integer of 0 or more, got -1.
					""")
	void aRefusedValueIsNamedWithTheFormTheScalarReads(String scalar, String given, String message) {
		Object value = given.matches("-?\\d+") ? (Object) Integer.valueOf(given) : given;
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> wired(scalar).parseValue(value, CONTEXT, Locale.ROOT))
			.withMessage(message);
		var literal = (value instanceof Integer number) ? new IntValue(BigInteger.valueOf(number))
				: new StringValue(given);
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(
					() -> wired(scalar).parseLiteral(literal, CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
			.withMessage(message);
	}

	@Test
	void otherKindsOfValueAreNamedByKindAndLongOnesCut() {
		var country = wired("CountryCode");
		for (Object value : List.of(List.of("BY"), Map.of("code", "BY"), 7, true, "Я".repeat(1000))) {
			assertThatExceptionOfType(CoercingParseValueException.class)
				.isThrownBy(() -> country.parseValue(value, CONTEXT, Locale.ROOT))
				.satisfies(ex -> assertThat(ex.getMessage()).startsWith("Expected a CountryCode: ")
					.doesNotContain("graphql.", "java.", "Exception", "Я".repeat(41))
					.hasSizeLessThan(200));
		}
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> country.parseLiteral(ArrayValue.newArrayValue().build(),
					CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
			.withMessageEndingWith("got a list.");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> wired("PositiveInt").parseValue(new BigInteger("9".repeat(60)), CONTEXT, Locale.ROOT))
			.withMessageEndingWith("got a number of 60 digits.");
	}

	@Test
	void goodValuesAreReadAsBefore() {
		assertThat(wired("CountryCode").parseValue("BY", CONTEXT, Locale.ROOT)).hasToString("BY");
		assertThat(wired("PositiveInt").parseValue(3, CONTEXT, Locale.ROOT)).isEqualTo(3);
		assertThat(wired("Url").parseValue("https://example.org", CONTEXT, Locale.ROOT))
			.hasToString("https://example.org");
	}

}
