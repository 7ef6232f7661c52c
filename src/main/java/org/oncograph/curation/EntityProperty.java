package org.oncograph.curation;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.oncograph.curation.Inputs.EntityInput;
import org.oncograph.model.EntityType;

/**
 * The properties an {@code UpsertEntityInput} sets beyond the two names, in the order
 * their problems are reported, each with the shape of its value (which says how the value
 * is checked and stored). Which kinds have which of them, the schema enums of
 * {@code kind} and {@code status}, and their defaults, are the model's
 * ({@link EntityType}); this table only reads the input.
 */
enum EntityProperty {

	ALIASES("aliases", Shape.TEXTS, EntityInput::aliases), ALIASES_EN("aliasesEn", Shape.TEXTS, EntityInput::aliasesEn),
	TITLES("titles", Shape.TEXTS, EntityInput::titles),
	/** Translates {@link #TITLES} one to one. */
	TITLES_EN("titlesEn", Shape.TRANSLATIONS, EntityInput::titlesEn), KIND("kind", Shape.ENUM, EntityInput::kind),
	STATUS("status", Shape.ENUM, EntityInput::status), REGION("region", Shape.TEXT, EntityInput::region),
	ISO2("iso2", Shape.TYPED, EntityInput::iso2), FREQUENCY("frequency", Shape.TEXT, EntityInput::frequency),
	DESCRIPTION("description", Shape.TEXT, EntityInput::description),
	DESCRIPTION_EN("descriptionEn", Shape.TEXT, EntityInput::descriptionEn),
	DATE_TEXT("dateText", Shape.TEXT, EntityInput::dateText), OUTCOME("outcome", Shape.TEXT, EntityInput::outcome),
	OUTCOME_EN("outcomeEn", Shape.TEXT, EntityInput::outcomeEn), DATE("date", Shape.TYPED, EntityInput::date),
	DATE_PRECISION("datePrecision", Shape.TYPED, EntityInput::datePrecision),
	COUNT("count", Shape.TYPED, EntityInput::count);

	/** What a property's value is. */
	enum Shape {

		/** A free text: not blank when given, not too long. */
		TEXT,
		/** A list of free texts, each checked as {@link #TEXT}. */
		TEXTS,
		/** A list of free texts translating the property before it one to one. */
		TRANSLATIONS,
		/**
		 * A text naming a value of the schema enum the entity's kind gives for the
		 * property.
		 */
		ENUM,
		/**
		 * A value whose schema type (a scalar or enum) already admits only valid ones.
		 */
		TYPED

	}

	private final String property;

	private final Shape shape;

	private final Function<EntityInput, @Nullable Object> value;

	EntityProperty(String property, Shape shape, Function<EntityInput, @Nullable Object> value) {
		this.property = property;
		this.shape = shape;
		this.value = value;
	}

	/** The property's name, as the model and the schema name it. */
	String property() {
		return this.property;
	}

	Shape shape() {
		return this.shape;
	}

	/** The input's value of the property, or null when the input leaves it out. */
	@Nullable Object of(EntityInput input) {
		return this.value.apply(input);
	}

	/**
	 * The property a {@link Shape#TRANSLATIONS} property translates: the one before it.
	 */
	EntityProperty translated() {
		return values()[ordinal() - 1];
	}

	/**
	 * The schema enum naming the allowed values of an {@link Shape#ENUM} property for
	 * this kind, or null.
	 */
	@Nullable String schemaEnum(EntityType type) {
		return switch (this) {
			case KIND -> type.kindValues();
			case STATUS -> type.statusValues();
			default -> null;
		};
	}

}
