package org.oncograph.path;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.model.Lang;
import org.oncograph.model.RelationKind;
import org.oncograph.model.Wording;

/**
 * Plain sentences for path steps: the relation kind's sentence (from the model) in the
 * stored direction, followed by the titles of the sources stating it. A relationship type
 * outside the vocabulary gets a neutral sentence.
 */
final class Explanations {

	private Explanations() {
	}

	/** The relationship's data the sentence needs. */
	record Fact(Entity start, Entity end, String type, @Nullable String role, @Nullable String roleEn,
			@Nullable String status, @Nullable String subject, @Nullable String subjectEn, List<Provenance> sources) {
	}

	static String explain(Fact fact, Lang lang) {
		String start = Objects.requireNonNull(lang.pick(fact.start().name(), fact.start().nameEn()));
		String end = Objects.requireNonNull(lang.pick(fact.end().name(), fact.end().nameEn()));
		RelationKind kind = RelationKind.ofType(fact.type());
		String sentence;
		if (kind != null) {
			boolean ru = lang == Lang.ru;
			sentence = kind.sentence(lang, new Wording(start, end, ru ? fact.role() : fact.roleEn(), fact.status(),
					ru ? fact.subject() : fact.subjectEn()));
		}
		else {
			sentence = (lang == Lang.ru) ? start + " связан с: " + end + " (" + fact.type() + ")"
					: start + " is related to " + end + " (" + fact.type() + ")";
		}
		return sentence + sourcesSuffix(fact.sources(), lang) + ".";
	}

	private static String sourcesSuffix(List<Provenance> sources, Lang lang) {
		if (sources.isEmpty()) {
			return "";
		}
		String titles = sources.stream()
			.map(Provenance::source)
			.map(source -> lang.pick(source.title(), source.titleEn()))
			.distinct()
			.collect(Collectors.joining("; "));
		return (lang == Lang.ru) ? " (источник: " + titles + ")" : " (source: " + titles + ")";
	}

}
