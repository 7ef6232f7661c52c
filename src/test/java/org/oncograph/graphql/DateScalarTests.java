package org.oncograph.graphql;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code Date} scalar reads only days that exist, written YYYY-MM-DD, and adjusts
 * none.
 */
@Tag("rules")
class DateScalarTests {

	static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

	@ParameterizedTest
	@ValueSource(strings = { "2025-02-30", "2023-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
			"+999999999-12-31", "-0001-01-01", "12025-01-01", "2025-1-1", "2025/01/01", "2025-01-01T00:00:00Z",
			" 2025-01-01", "２０２５-01-01", "" })
	void refusesDaysThatDoNotExistAndOtherForms(String text) {
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> DateScalar.DATE.getCoercing().parseValue(text, CONTEXT, Locale.ROOT))
			.withMessageStartingWith("Expected a Date: a day that exists, written YYYY-MM-DD (e.g. 2025-02-28), got '");
		assertThatExceptionOfType(CoercingParseLiteralException.class).isThrownBy(() -> DateScalar.DATE.getCoercing()
			.parseLiteral(new StringValue(text), CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT));
	}

	@Test
	void readsDaysThatExistAsTheyAre() {
		var coercing = DateScalar.DATE.getCoercing();
		assertThat(coercing.parseValue("2024-02-29", CONTEXT, Locale.ROOT)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(coercing.parseValue("0001-01-01", CONTEXT, Locale.ROOT)).isEqualTo(LocalDate.of(1, 1, 1));
		assertThat(coercing.parseLiteral(new StringValue("2025-12-31"), CoercedVariables.emptyVariables(), CONTEXT,
				Locale.ROOT))
			.isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void namesTheFormNotAJavaClassForOtherValues() {
		var coercing = DateScalar.DATE.getCoercing();
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> coercing.parseValue(20250101, CONTEXT, Locale.ROOT))
			.withMessage("Expected a Date: a day that exists, written YYYY-MM-DD (e.g. 2025-02-28), got 20250101.");
		assertThatExceptionOfType(CoercingParseLiteralException.class)
			.isThrownBy(() -> coercing.parseLiteral(new IntValue(java.math.BigInteger.TEN),
					CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
			.withMessageNotContaining("java");
	}

	@Test
	void writesFourDigitYearsAndRefusesToWriteOthers() {
		var coercing = DateScalar.DATE.getCoercing();
		assertThat(coercing.serialize(LocalDate.of(987, 3, 4), CONTEXT, Locale.ROOT)).isEqualTo("0987-03-04");
		assertThatExceptionOfType(CoercingSerializeException.class)
			.isThrownBy(() -> coercing.serialize(LocalDate.of(999_999_999, 12, 31), CONTEXT, Locale.ROOT));
	}

}
