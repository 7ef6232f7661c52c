package org.oncograph.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.search.Search;
import org.oncograph.search.SearchArguments;
import org.oncograph.search.SearchHit;

import org.springframework.stereotype.Service;

/**
 * The suggest services OpenRefine's autocomplete calls: entities (the GraphQL
 * {@code search}, one statement), types (the kinds) and properties
 * ({@link ReconProperty}), each a page of {@value #PAGE} from {@code cursor}.
 */
@Service
class Suggestions {

	static final int PAGE = 10;

	/** Furthest {@code cursor}: the search reads at most cursor + page entities. */
	static final int MAX_CURSOR = 90;

	private final Search search;

	private final ReconcileProperties limits;

	Suggestions(Search search, ReconcileProperties limits) {
		this.search = search;
		this.limits = limits;
	}

	/** Entities whose names start with or resemble the prefix, of a type if given. */
	Map<String, Object> entities(String prefix, @Nullable String type, int cursor) {
		check(prefix, cursor);
		List<EntityType> kinds = (type == null || type.isBlank()) ? List.of() : List.of(Kinds.of(type, "type"));
		List<SearchHit> hits = this.search.search(SearchArguments.checkedText(prefix, "prefix"), kinds, cursor + PAGE);
		List<Map<String, Object>> result = new ArrayList<>();
		for (SearchHit hit : hits.subList(Math.min(cursor, hits.size()), hits.size())) {
			Entity entity = hit.node();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", entity.id());
			item.put("name", entity.name());
			item.put("description", entity.nameEn() + " · " + Kinds.russian(entity.type()));
			item.put("notable", List.of(Kinds.type(entity.type())));
			result.add(item);
		}
		return Map.of("result", result);
	}

	/** The kinds whose label or Russian word starts with the prefix. */
	Map<String, Object> types(String prefix, int cursor) {
		check(prefix, cursor);
		List<Object> result = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			if (Kinds.startsWith(type, prefix)) {
				result.add(Kinds.described(type));
			}
		}
		return Map.of("result", page(result, cursor));
	}

	/** The properties whose id or name starts with (or, from 3 letters, contains) it. */
	Map<String, Object> properties(String prefix, int cursor) {
		check(prefix, cursor);
		String p = prefix.strip().toLowerCase(Locale.ROOT);
		List<Object> result = new ArrayList<>();
		for (ReconProperty property : ReconProperty.values()) {
			String id = property.id().toLowerCase(Locale.ROOT);
			String label = property.label().toLowerCase(Locale.ROOT);
			if (id.startsWith(p) || label.startsWith(p) || (p.length() >= 3 && label.contains(p))) {
				Map<String, String> item = Kinds.ordered("id", property.id(), "name", property.label());
				item.put("description", property.description());
				result.add(item);
			}
		}
		return Map.of("result", page(result, cursor));
	}

	private static List<Object> page(List<Object> all, int cursor) {
		return all.subList(Math.min(cursor, all.size()), Math.min(cursor + PAGE, all.size()));
	}

	private void check(String prefix, int cursor) {
		if (prefix.codePointCount(0, prefix.length()) > this.limits.maxQueryLength()) {
			throw new OncoGraphException.BadRequest("prefix", "The prefix is longer than "
					+ this.limits.maxQueryLength() + " characters (oncograph.reconcile.max-query-length).");
		}
		if (cursor < 0 || cursor > MAX_CURSOR) {
			throw new OncoGraphException.BadRequest("cursor", "The cursor must be from 0 to " + MAX_CURSOR + ".");
		}
	}

}
