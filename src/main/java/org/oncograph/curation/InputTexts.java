package org.oncograph.curation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.oncograph.model.CleanText;

/**
 * Every text of a mutation's input, found by walking the input record (its strings, its
 * lists of strings, the records nested in it), so no field a client writes can escape the
 * rules of {@link CleanText}, including fields added later. Normalizing rebuilds the
 * record with each text in NFC; checking reports each flawed text under its field path
 * ({@code sources[1].evidence}, {@code relationship.from}).
 */
final class InputTexts {

	/**
	 * The fields that name something: beyond clean, they must hold a letter or a digit.
	 */
	private static final Set<String> NAMES = Set.of("name", "nameEn", "aliases", "aliasesEn", "title", "titleEn");

	private InputTexts() {
	}

	/** The input with every text in NFC (the same record when nothing changes). */
	@SuppressWarnings("unchecked")
	static <R extends Record> R normalized(R input) {
		return (R) Objects.requireNonNull(normalize(input));
	}

	/**
	 * Adds an {@code INVALID} error for each text holding a character
	 * {@link CleanText#flaw} refuses, and for each name without a letter or digit.
	 */
	static void check(Record input, Problems problems) {
		walk(input, "", null, problems);
	}

	private static void walk(@Nullable Object value, String path, @Nullable String component, Problems problems) {
		if (value instanceof String text) {
			CleanText.Flaw flaw = CleanText.flaw(text);
			if (flaw != null) {
				problems.add(path, FieldError.Code.INVALID, flaw.describe(path));
			}
			else if (component != null && NAMES.contains(component) && !text.isBlank()
					&& !CleanText.hasLetterOrDigit(text)) {
				problems.add(path, FieldError.Code.INVALID,
						path + " must have at least one letter or digit, was '" + text + "'.");
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), path + "[" + i + "]", component, problems);
			}
		}
		else if (value instanceof Record record) {
			for (RecordComponent part : record.getClass().getRecordComponents()) {
				String name = part.getName();
				walk(read(part, record), path.isEmpty() ? name : path + "." + name, name, problems);
			}
		}
	}

	private static @Nullable Object normalize(@Nullable Object value) {
		if (value instanceof String text) {
			return CleanText.nfc(text);
		}
		if (value instanceof List<?> list) {
			List<@Nullable Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(normalize(item)));
			return copy.equals(list) ? list : copy;
		}
		if (value instanceof Record record) {
			RecordComponent[] parts = record.getClass().getRecordComponents();
			@Nullable Object[] values = new Object[parts.length];
			boolean changed = false;
			for (int i = 0; i < parts.length; i++) {
				Object before = read(parts[i], record);
				values[i] = normalize(before);
				changed |= !Objects.equals(values[i], before);
			}
			if (!changed) {
				return record;
			}
			try {
				return record.getClass()
					.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new))
					.newInstance(values);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot rebuild " + record.getClass().getSimpleName(), ex);
			}
		}
		return value;
	}

	private static @Nullable Object read(RecordComponent part, Record record) {
		try {
			return part.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + part.getName(), ex);
		}
	}

}
