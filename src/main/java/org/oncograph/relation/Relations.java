package org.oncograph.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oncograph.database.CypherReads;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.Entity;

import org.springframework.stereotype.Service;

/**
 * Reads one {@link RelationField} for many nodes in a single Cypher statement: the batch
 * loader behind every relationship field, so a request costs one statement per field
 * whatever the number of parent rows. The statement returns one row per item and stops at
 * a given number of rows, so a batch over hubs holds no more than the request may still
 * read ({@link org.oncograph.limits.RowBudget}).
 */
@Service
public class Relations {

	private static final String LOAD = """
			UNWIND $ids AS id
			MATCH (p:Entity {id: id})
			CALL (p) {
			%s
			}
			RETURN id, item
			LIMIT $limit""";

	private final CypherReads reads;

	Relations(CypherReads reads) {
		this.reads = reads;
	}

	/**
	 * The value of {@code field} for each parent, from at most {@code limit} items in
	 * all; single-valued fields leave out the parents without one, as a batch loader may.
	 * When {@link Batch#items} reaches the limit, later parents' values may be cut short:
	 * the caller's budget is then spent and the request stopped.
	 */
	public <K extends Entity, V> Batch<K, V> load(Collection<K> parents, RelationField<? extends @Nullable V> field,
			long limit) {
		Map<String, List<Value>> byId = new HashMap<>();
		List<Record> rows = this.reads.read(LOAD.formatted(field.subquery()),
				Map.of("ids", EntityReader.ids(parents), "limit", limit));
		for (Record row : rows) {
			byId.computeIfAbsent(row.get("id").asString(), id -> new ArrayList<>()).add(row.get("item"));
		}
		Map<K, V> values = new LinkedHashMap<>();
		for (K parent : parents) {
			@Nullable V value = field.value(parent, byId.getOrDefault(parent.id(), List.of()));
			if (value != null) {
				values.put(parent, value);
			}
		}
		return new Batch<>(values, rows.size());
	}

	/**
	 * A batch as read.
	 *
	 * @param values each parent's value
	 * @param items the rows read, at most the limit asked for
	 */
	public record Batch<K, V>(Map<K, V> values, long items) {
	}

}
