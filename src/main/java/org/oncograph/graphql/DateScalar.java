package org.oncograph.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The schema's {@code Date}: an RFC 3339 full date, {@code YYYY-MM-DD} with a four-digit
 * year, read strictly. graphql-java-extended-scalars' {@code Date} reads
 * {@code yyyy-MM-dd} with Java's "smart" resolver, which turns {@code 2025-02-30} into
 * {@code 2025-02-28} and accepts {@code +999999999-12-31}; a date that does not exist is
 * an error here instead, and is never adjusted.
 */
final class DateScalar {

	/** Four digits, two, two: what RFC 3339 calls a full-date. */
	private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A day, RFC 3339 full-date: YYYY-MM-DD (a four-digit year, a day that exists).")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date && date.getYear() >= 0 && date.getYear() <= 9999) {
					return STRICT.format(date);
				}
				throw new CoercingSerializeException("A stored date cannot be written as YYYY-MM-DD.");
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				LocalDate date = (input instanceof String text) ? parse(text) : null;
				if (date == null) {
					throw new CoercingParseValueException(expected(input));
				}
				return date;
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				LocalDate date = (input instanceof StringValue text && text.getValue() != null) ? parse(text.getValue())
						: null;
				if (date == null) {
					throw new CoercingParseLiteralException(expected(input));
				}
				return date;
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.newStringValue(serialize(input, context, locale)).build();
			}

		})
		.build();

	private DateScalar() {
	}

	/**
	 * The day the text names, or null when it is not a full date of a day that exists.
	 */
	static @Nullable LocalDate parse(String text) {
		if (!FULL_DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text, STRICT);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The error's message, showing at most 40 characters of what was given. */
	private static String expected(@Nullable Object given) {
		return ClearCoercing.expected("Date", "a day that exists, written YYYY-MM-DD (e.g. 2025-02-28)", given);
	}

}
