package org.oncograph.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.model.EntityType;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a text search with at most {@code first} entities of the kinds asked for, best
 * score first (then by id), each once with its best score and the name of it that matches
 * the text best. One statement over the full-text indexes of
 * {@code cypher/V0001__Schema.cypher}; a text with nothing to look for answers nothing
 * without one.
 */
@Service
@Transactional(readOnly = true)
public class Search {

	static final String RUSSIAN = "entity_names_ru";

	static final String ENGLISH = "entity_names_en";

	private static final String QUERY = """
			UNWIND $indexes AS index
			CALL db.index.fulltext.queryNodes(index, $query, {limit: $candidates}) YIELD node, score
			WITH node, score
			WHERE any(label IN labels(node) WHERE label IN $labels)
			WITH node, max(score) AS score
			RETURN node, score
			ORDER BY score DESC, node.id
			LIMIT $first""";

	private final Neo4jClient neo4j;

	Search(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<SearchHit> search(String text, @Nullable List<EntityType> types, int first) {
		String query = LuceneQuery.of(text);
		if (query.isEmpty()) {
			return List.of();
		}
		List<EntityType> kinds = (types == null || types.isEmpty()) ? Arrays.asList(EntityType.values()) : types;
		List<String> words = LuceneQuery.words(text);
		return List.copyOf(this.neo4j.query(QUERY)
			.bindAll(Map.of("query", query, "indexes", indexes(text), "labels",
					kinds.stream().map(EntityType::label).toList(), "first", first, "candidates",
					Math.max(50, first * 5)))
			.fetchAs(SearchHit.class)
			.mappedBy((typeSystem, row) -> {
				Entity entity = Nodes.entity(row.get("node").asNode());
				return new SearchHit(row.get("score").asDouble(), entity, bestName(entity, words));
			})
			.all());
	}

	/**
	 * The indexes a text can match in: the Russian one only when every letter of the text
	 * is Cyrillic, both when it has any other letter or none. The English names
	 * ({@code nameEn}, {@code aliasesEn}) are written in Latin script, so a Cyrillic text
	 * cannot match them, and Lucene builds its fuzzy and prefix automata once per index
	 * searched.
	 */
	static List<String> indexes(String text) {
		boolean cyrillic = false;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			if (Character.isLetter(c)) {
				if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
					return List.of(RUSSIAN, ENGLISH);
				}
				cyrillic = true;
			}
		}
		return cyrillic ? List.of(RUSSIAN) : List.of(RUSSIAN, ENGLISH);
	}

	/**
	 * The name of the entity sharing the most words with the query, then the one most of
	 * whose words match.
	 */
	static String bestName(Entity entity, List<String> queryWords) {
		return entity.allNames()
			.stream()
			.max(Comparator.comparingInt((String name) -> matched(queryWords, LuceneQuery.words(name)))
				.thenComparingDouble(name -> coverage(queryWords, LuceneQuery.words(name))))
			.orElse(entity.name());
	}

	private static int matched(List<String> queryWords, List<String> nameWords) {
		return (int) queryWords.stream()
			.filter(word -> nameWords.stream().anyMatch(name -> similar(word, name)))
			.count();
	}

	private static double coverage(List<String> queryWords, List<String> nameWords) {
		if (nameWords.isEmpty()) {
			return 0;
		}
		long covered = nameWords.stream()
			.filter(name -> queryWords.stream().anyMatch(word -> similar(word, name)))
			.count();
		return (double) covered / nameWords.size();
	}

	/** A prefix either way (a case ending, a word typed in part) or one edit apart. */
	static boolean similar(String word, String name) {
		if (name.startsWith(word) && word.length() >= 2) {
			return true;
		}
		if (word.startsWith(name) && name.length() >= 4) {
			return true;
		}
		return word.length() >= 4 && Math.abs(word.length() - name.length()) <= 1 && distance(word, name) <= 1;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
