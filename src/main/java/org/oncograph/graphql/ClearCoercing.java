package org.oncograph.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * A scalar's coercion with one kind of message for every value it refuses:
 * {@code Expected a CountryCode: an ISO 3166-1 alpha-2 code in capitals (e.g. BY), got 'XX'.}
 * — the scalar, the form it reads, and at most {@value #SHOWN} characters of what was
 * given. The libraries' own messages may name Java classes (extended-scalars'
 * {@code CountryCode} answers with {@code graphql.scalars.country.code.CountryCode}) or
 * their exceptions; graphql-java puts the variable or argument in front of the message.
 */
final class ClearCoercing implements Coercing<Object, Object> {

	/** How many characters of a refused value a message shows. */
	static final int SHOWN = 40;

	private final Coercing<?, ?> coercing;

	private final String scalar;

	private final String form;

	private ClearCoercing(Coercing<?, ?> coercing, String scalar, String form) {
		this.coercing = coercing;
		this.scalar = scalar;
		this.form = form;
	}

	/** The scalar, reading what it read, refusing with {@link #expected}'s message. */
	static GraphQLScalarType of(GraphQLScalarType scalar, String form) {
		var clear = new ClearCoercing(scalar.getCoercing(), scalar.getName(), form);
		return scalar.transform(builder -> builder.coercing(clear));
	}

	/**
	 * {@code Expected a <scalar>: <form>, got <value>.}, the value shown as at most
	 * {@value #SHOWN} characters or named by its kind (a number, a list, an object),
	 * never by a Java type.
	 */
	static String expected(String scalar, String form, @Nullable Object given) {
		return "Expected a " + scalar + ": " + form + ", got " + shown(given) + ".";
	}

	private static String shown(@Nullable Object given) {
		Object value = switch (given) {
			case StringValue text -> text.getValue();
			case IntValue number -> number.getValue();
			case FloatValue number -> number.getValue();
			case BooleanValue truth -> truth.isValue();
			case NullValue ignored -> null;
			case ArrayValue ignored -> List.of();
			case ObjectValue ignored -> Map.of();
			case null, default -> given;
		};
		return switch (value) {
			case null -> "null";
			case String text -> "'" + ((text.length() > SHOWN) ? text.substring(0, SHOWN) + "…" : text) + "'";
			case Number number -> (number.toString().length() > SHOWN)
					? "a number of " + number.toString().length() + " digits" : number.toString();
			case Boolean truth -> truth.toString();
			case List<?> ignored -> "a list";
			case Map<?, ?> ignored -> "an object";
			default -> "a value of another kind";
		};
	}

	@Override
	public @Nullable Object serialize(Object value, GraphQLContext context, Locale locale) {
		return this.coercing.serialize(value, context, locale);
	}

	@Override
	public @Nullable Object parseValue(Object input, GraphQLContext context, Locale locale) {
		try {
			return this.coercing.parseValue(input, context, locale);
		}
		catch (RuntimeException ex) {
			throw new CoercingParseValueException(expected(this.scalar, this.form, input));
		}
	}

	@Override
	public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
			Locale locale) {
		try {
			return this.coercing.parseLiteral(input, variables, context, locale);
		}
		catch (RuntimeException ex) {
			throw new CoercingParseLiteralException(expected(this.scalar, this.form, input));
		}
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return this.coercing.valueToLiteral(input, context, locale);
	}

}
