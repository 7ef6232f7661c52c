package org.oncograph.path;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.entity.Source;

/**
 * Plain sentences for path steps, one template per relationship type and language, read in the stored direction
 * (subject = the relationship's start). The Russian templates put names in quotes after a generic noun so that
 * no name needs declining.
 */
final class Explanations {

	private Explanations() {
	}

	/** The relationship's data the sentence needs. */
	record Fact(Entity start, Entity end, String type, @Nullable String role, @Nullable String roleEn,
			@Nullable String status, @Nullable String subject, @Nullable String subjectEn, List<Provenance> sources) {
	}

	static String explain(Fact fact, Lang lang) {
		return (lang == Lang.ru) ? russian(fact) : english(fact);
	}

	private static String english(Fact f) {
		String s = f.start().nameEn();
		String o = f.end().nameEn();
		String role = f.roleEn();
		String sentence = switch (f.type()) {
			case "AFFILIATED_WITH" -> (role != null) ? s + " is " + role + " of " + o : s + " works at " + o;
			case "MEMBER_OF" -> (role != null) ? s + " is " + role + " of " + o : s + " is a member of " + o;
			case "PART_OF" -> s + " is part of " + o;
			case "PARTICIPATED_IN" -> s + " took part in " + o + ((role != null) ? " (" + role + ")" : "");
			case "PARTICIPATES_IN" -> s + " takes part in " + o + ((role != null) ? " as " + role : "")
					+ statusEn(f.status());
			case "HOSTED_BY" -> s + " was hosted by " + o + ((role != null) ? " (" + role + ")" : "");
			case "TOOK_PLACE_AT" -> s + " took place at " + o;
			case "COOPERATES_WITH" -> s + " cooperates with " + o + statusEn(f.status())
					+ ((f.subjectEn() != null) ? ": " + f.subjectEn() : "");
			case "LOCATED_IN" -> s + " is located in " + o;
			case "ABOUT" -> s + " is about " + o;
			default -> s + " is related to " + o + " (" + f.type() + ")";
		};
		return sentence + sourcesSuffix(f.sources(), Lang.en) + ".";
	}

	private static String russian(Fact f) {
		String s = f.start().name();
		String o = f.end().name();
		String role = f.role();
		String sentence = switch (f.type()) {
			case "AFFILIATED_WITH" -> s + " — " + ((role != null) ? role : "сотрудник") + ", организация «" + o + "»";
			case "MEMBER_OF" -> s + " состоит в составе: «" + o + "»" + ((role != null) ? " (" + role + ")" : "");
			case "PART_OF" -> "«" + s + "» входит в состав: «" + o + "»";
			case "PARTICIPATED_IN" -> s + " — участник события «" + o + "»" + ((role != null) ? " (" + role + ")" : "");
			case "PARTICIPATES_IN" -> s + " — участник программы «" + o + "»" + ((role != null) ? " (" + role + ")" : "")
					+ statusRu(f.status());
			case "HOSTED_BY" -> "Организатор события «" + s + "» — " + o + ((role != null) ? " (" + role + ")" : "");
			case "TOOK_PLACE_AT" -> "Место проведения события «" + s + "» — " + o;
			case "COOPERATES_WITH" -> "Сотрудничество: " + s + " и " + o + statusRu(f.status())
					+ ((f.subject() != null) ? ": " + f.subject() : "");
			case "LOCATED_IN" -> "Местонахождение: «" + s + "» — " + o;
			case "ABOUT" -> "Тема: «" + s + "» — " + o;
			default -> s + " связан с: " + o + " (" + f.type() + ")";
		};
		return sentence + sourcesSuffix(f.sources(), Lang.ru) + ".";
	}

	private static String statusEn(@Nullable String status) {
		return (status == null || status.equals("ACTIVE")) ? "" : " (" + status.toLowerCase(Locale.ROOT) + ")";
	}

	private static String statusRu(@Nullable String status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case "PLANNED" -> " (планируется)";
			case "PROPOSED" -> " (предложено)";
			case "COMPLETED" -> " (завершено)";
			default -> "";
		};
	}

	private static String sourcesSuffix(List<Provenance> sources, Lang lang) {
		if (sources.isEmpty()) {
			return "";
		}
		String titles = sources.stream()
			.map(Provenance::source)
			.map(source -> title(source, lang))
			.distinct()
			.collect(Collectors.joining("; "));
		return (lang == Lang.ru) ? " (источник: " + titles + ")" : " (source: " + titles + ")";
	}

	private static String title(Source source, Lang lang) {
		return (lang == Lang.en && source.titleEn() != null) ? source.titleEn() : source.title();
	}

}
