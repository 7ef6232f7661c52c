package org.oncograph.generator;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Russian-looking names made of syllables, with their Latin spelling (a simplified
 * BGN/PCGN romanization), so that search workloads meet the same mix of case forms, stems
 * and transliterations as real names.
 */
final class RussianNames {

	static final List<String> MALE = List.of("Александр", "Алексей", "Андрей", "Антон", "Борис", "Вадим", "Валерий",
			"Василий", "Виктор", "Виталий", "Владимир", "Владислав", "Геннадий", "Георгий", "Григорий", "Дмитрий",
			"Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Никита",
			"Николай", "Олег", "Павел", "Петр", "Роман", "Руслан", "Сергей", "Станислав", "Степан", "Тимур", "Федор",
			"Юрий", "Ярослав");

	static final List<String> FEMALE = List.of("Анна", "Алина", "Валентина", "Вера", "Виктория", "Галина", "Дарья",
			"Евгения", "Екатерина", "Елена", "Ирина", "Карина", "Ксения", "Лариса", "Людмила", "Марина", "Мария",
			"Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Светлана", "Софья", "Татьяна", "Юлия");

	private static final List<String> SYLLABLES = List.of("ка", "ро", "ми", "ла", "ве", "со", "да", "ни", "бу", "го",
			"за", "ты", "ре", "ше", "ко", "ну", "па", "ли", "мо", "се", "ту", "ва", "жу", "пе", "ри", "ло", "де", "ху",
			"бо", "ча", "гра", "сто", "кре", "про", "зве", "тру");

	/** Masculine surname endings and their feminine forms, same order. */
	private static final List<String> ENDINGS = List.of("ов", "ев", "ин", "ский", "цкий", "енко", "ук", "ич");

	private static final List<String> FEMININE_ENDINGS = List.of("ова", "ева", "ина", "ская", "цкая", "енко", "ук",
			"ич");

	private static final List<String> CITY_PREFIXES = List.of("", "", "", "Ново", "Старо", "Верхне", "Нижне", "Красно",
			"Бело");

	private static final List<String> CITY_SUFFIXES = List.of("ск", "град", "поль", "ово", "ино", "горск", "озёрск",
			"евка", "ань");

	private RussianNames() {
	}

	/** A surname stem of two or three syllables, capitalised. */
	static String stem(SplittableRandom random) {
		int syllables = 2 + random.nextInt(2);
		var stem = new StringBuilder();
		for (int i = 0; i < syllables; i++) {
			stem.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
		}
		return capitalise(stem.toString());
	}

	/** Index of a surname ending, frequent ones first. */
	static int ending(SplittableRandom random) {
		int roll = random.nextInt(100);
		return (roll < 35) ? 0
				: (roll < 55) ? 1 : (roll < 70) ? 2 : (roll < 82) ? 3 : (roll < 87) ? 4 : 5 + random.nextInt(3);
	}

	static String surname(String stem, int ending, boolean female) {
		return stem + (female ? FEMININE_ENDINGS : ENDINGS).get(ending);
	}

	static String city(SplittableRandom random) {
		String prefix = CITY_PREFIXES.get(random.nextInt(CITY_PREFIXES.size()));
		String stem = stem(random);
		String name = prefix.isEmpty() ? stem : prefix + stem.toLowerCase(Locale.ROOT);
		return name + CITY_SUFFIXES.get(random.nextInt(CITY_SUFFIXES.size()));
	}

	/**
	 * The Latin spelling: BGN/PCGN without its diacritics except ʹ and ë ({@code е} is
	 * {@code ye} after a vowel).
	 */
	static String latin(String russian) {
		var latin = new StringBuilder(russian.length() + 8);
		char previous = ' ';
		for (int i = 0; i < russian.length(); i++) {
			char c = russian.charAt(i);
			boolean upper = Character.isUpperCase(c);
			char lower = Character.toLowerCase(c);
			String mapped = switch (lower) {
				case 'а' -> "a";
				case 'б' -> "b";
				case 'в' -> "v";
				case 'г' -> "g";
				case 'д' -> "d";
				case 'е' -> (isVowelOrSign(previous) ? "ye" : "e");
				case 'ё' -> "ë";
				case 'ж' -> "zh";
				case 'з' -> "z";
				case 'и' -> "i";
				case 'й' -> "y";
				case 'к' -> "k";
				case 'л' -> "l";
				case 'м' -> "m";
				case 'н' -> "n";
				case 'о' -> "o";
				case 'п' -> "p";
				case 'р' -> "r";
				case 'с' -> "s";
				case 'т' -> "t";
				case 'у' -> "u";
				case 'ф' -> "f";
				case 'х' -> "kh";
				case 'ц' -> "ts";
				case 'ч' -> "ch";
				case 'ш' -> "sh";
				case 'щ' -> "shch";
				case 'ъ' -> "ʺ";
				case 'ы' -> "y";
				case 'ь' -> "ʹ";
				case 'э' -> "e";
				case 'ю' -> "yu";
				case 'я' -> "ya";
				default -> String.valueOf(lower);
			};
			latin.append(upper ? capitalise(mapped) : mapped);
			previous = lower;
		}
		return latin.toString();
	}

	private static boolean isVowelOrSign(char c) {
		return "аеёиоуыэюяъь ".indexOf(c) >= 0 || !Character.isLetter(c);
	}

	private static String capitalise(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
