package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.model.EntityType;
import org.oncograph.reconcile.Candidate.Feature;
import org.oncograph.reconcile.ReconQuery.Constraint;
import org.oncograph.reconcile.ReconQuery.Given;
import org.oncograph.reconcile.ReconQuery.Strictness;
import org.oncograph.search.Search;
import org.oncograph.search.SearchHit;

import org.springframework.stereotype.Service;

/**
 * Answers a batch of reconciliation queries. Each query's candidates are those the
 * GraphQL {@code search} finds for its text (Russian case forms, Latin spellings,
 * acronyms, one typo: one statement per query), then one statement reads the facts of
 * every candidate of the batch, and each candidate is scored:
 * <ul>
 * <li>{@code name_similarity} (0 to 1, {@link NameMatch}) of its best-matching name,
 * times {@value #NAME_POINTS};</li>
 * <li>{@code name_exact}: the query is one of its names, as a reader sees it, or its
 * id;</li>
 * <li>each property constraint, feature {@code property_<pid>}: 1 when a value agrees
 * ({@value #AGREES_POINTS} points), 0 when the entity has no value, -1 when it has others
 * ({@value #CONTRADICTS_POINTS} points);</li>
 * <li>{@code type_match}, when types are asked for with {@code type_strict: "should"}:
 * another kind scores {@value #OTHER_KIND_POINTS}.</li>
 * </ul>
 * The best candidate is a {@code match} only when it is unambiguous: its name is exact,
 * it is of a kind asked for, no constraint contradicts it, and the next candidate scores
 * at least {@value #MATCH_MARGIN} points less.
 */
@Service
class Reconciler {

	/** Candidates searched per query before scoring. */
	static final int CANDIDATES = 20;

	static final double NAME_POINTS = 100;

	static final double AGREES_POINTS = 10;

	static final double CONTRADICTS_POINTS = -30;

	static final double OTHER_KIND_POINTS = -30;

	static final double MATCH_MARGIN = 20;

	/** A property value given as text agrees with a name this similar. */
	static final double VALUE_SIMILARITY = 0.75;

	/** What an entity id looks like: a query that is one finds its entity. */
	private static final Pattern ID = Pattern.compile("[a-z]+:[\\p{L}\\p{N}._-]+");

	private final Search search;

	private final FactsReader facts;

	Reconciler(Search search, FactsReader facts) {
		this.search = search;
		this.facts = facts;
	}

	/** The candidates of each query, by key, best first. */
	Map<String, List<Candidate>> reconcile(List<ReconQuery> queries) {
		Map<String, Set<String>> candidates = new LinkedHashMap<>();
		Set<String> ids = new LinkedHashSet<>();
		for (ReconQuery query : queries) {
			Set<String> found = new LinkedHashSet<>();
			if (ID.matcher(query.query()).matches()) {
				found.add(query.query());
			}
			List<EntityType> kinds = (query.strict() == Strictness.SHOULD) ? List.of() : query.types();
			for (SearchHit hit : this.search.search(query.query(), kinds, CANDIDATES)) {
				found.add(hit.node().id());
			}
			candidates.put(query.key(), found);
			ids.addAll(found);
		}
		Map<String, Facts> known = this.facts.read(ids);
		Map<String, List<Candidate>> results = new LinkedHashMap<>();
		for (ReconQuery query : queries) {
			List<Candidate> scored = new ArrayList<>();
			List<String> terms = NameMatch.terms(query.query());
			for (String id : candidates.getOrDefault(query.key(), Set.of())) {
				Facts fact = known.get(id);
				if (fact != null && admitted(query, fact.entity().type())) {
					scored.add(score(query, terms, fact));
				}
			}
			scored.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
			List<Candidate> answer = new ArrayList<>(scored.subList(0, Math.min(query.limit(), scored.size())));
			if (!answer.isEmpty() && unambiguous(query, answer.get(0), (scored.size() > 1) ? scored.get(1) : null)) {
				answer.set(0, answer.get(0).matched());
			}
			results.put(query.key(), List.copyOf(answer));
		}
		return results;
	}

	/** {@code all} asks for an entity of every kind listed: one kind can be only one. */
	private static boolean admitted(ReconQuery query, EntityType type) {
		return switch (query.strict()) {
			case ANY -> query.types().isEmpty() || query.types().contains(type);
			case ALL -> query.types().stream().allMatch(type::equals);
			case SHOULD -> true;
		};
	}

	static Candidate score(ReconQuery query, List<String> terms, Facts facts) {
		Entity entity = facts.entity();
		String wanted = NameMatch.normalized(query.query());
		boolean exact = entity.id().equals(query.query());
		double similarity = 0;
		for (String name : entity.allNames()) {
			exact |= NameMatch.normalized(name).equals(wanted);
			similarity = Math.max(similarity, NameMatch.similarity(terms, NameMatch.terms(name)));
		}
		if (exact) {
			similarity = 1;
		}
		List<Feature> features = new ArrayList<>();
		features.add(new Feature("name_similarity", round(similarity)));
		features.add(new Feature("name_exact", exact));
		double score = NAME_POINTS * similarity;
		if (!query.types().isEmpty()) {
			boolean kind = query.types().contains(entity.type());
			features.add(new Feature("type_match", kind));
			score += kind ? 0 : OTHER_KIND_POINTS;
		}
		for (Constraint constraint : query.constraints()) {
			int agreement = agreement(constraint, facts);
			features.add(new Feature("property_" + constraint.property().id(), agreement));
			score += (agreement > 0) ? AGREES_POINTS : (agreement < 0) ? CONTRADICTS_POINTS : 0;
		}
		return new Candidate(entity.id(), entity.name(), entity.nameEn().equals(entity.name()) ? null : entity.nameEn(),
				List.of(Kinds.type(entity.type())), round(score), false, List.copyOf(features));
	}

	/**
	 * Whether the best candidate is a sure match: an exact name or id, of a kind asked
	 * for, nothing contradicting it, and well ahead of the next.
	 */
	static boolean unambiguous(ReconQuery query, Candidate best, @Nullable Candidate next) {
		boolean exact = false;
		boolean contradicted = false;
		boolean kind = true;
		for (Feature feature : best.features()) {
			switch (feature.id()) {
				case "name_exact" -> exact = Boolean.TRUE.equals(feature.value());
				case "type_match" -> kind = Boolean.TRUE.equals(feature.value());
				default ->
					contradicted |= feature.id().startsWith("property_") && ((Number) feature.value()).intValue() < 0;
			}
		}
		return exact && kind && !contradicted && (next == null || best.score() - next.score() >= MATCH_MARGIN)
				&& !query.query().isBlank();
	}

	/** 1: a value of the entity agrees with a value given; 0: it has none; -1: others. */
	static int agreement(Constraint constraint, Facts facts) {
		List<PropertyValue> values = constraint.property().values(facts);
		if (values.isEmpty()) {
			return 0;
		}
		for (Given given : constraint.values()) {
			for (PropertyValue value : values) {
				if (agrees(constraint.property(), given, value)) {
					return 1;
				}
			}
		}
		return -1;
	}

	private static boolean agrees(ReconProperty property, Given given, PropertyValue value) {
		return switch (value) {
			case PropertyValue.EntityRef entity -> entity.id().equals(given.id()) || entity.id().equals(given.text())
					|| named(given.text(), entity.names());
			case PropertyValue.Text text -> (property == ReconProperty.KIND)
					? ReconProperty.kindKey(text.str()).equals(ReconProperty.kindKey(given.text()))
					: named(given.text(), List.of(text.str()));
			case PropertyValue.Count count -> Long.toString(count.value()).equals(given.text().strip());
			case PropertyValue.Day day ->
				!given.text().isBlank() && day.date().toString().startsWith(given.text().strip());
		};
	}

	/** The text is one of the names, or close to one ({@value #VALUE_SIMILARITY}). */
	private static boolean named(String text, List<String> names) {
		if (text.isBlank()) {
			return false;
		}
		String wanted = NameMatch.normalized(text);
		List<String> terms = NameMatch.terms(text);
		for (String name : names) {
			if (NameMatch.normalized(name).equals(wanted)
					|| NameMatch.similarity(terms, NameMatch.terms(name)) >= VALUE_SIMILARITY) {
				return true;
			}
		}
		return false;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
