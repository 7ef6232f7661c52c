package org.oncograph.relation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.oncograph.database.CypherReads;
import org.oncograph.entity.EntityReader;
import org.oncograph.entity.GraphNode;

import org.springframework.stereotype.Service;

/**
 * Reads one {@link RelationField} for many nodes in a single Cypher statement: the batch
 * loader behind every relationship field, so a request costs one statement per field
 * whatever the number of parent rows.
 */
@Service
public class Relations {

	private static final String LOAD = """
			UNWIND $ids AS id
			MATCH (p:Entity {id: id})
			RETURN id, COLLECT {
			%s
			} AS items""";

	private static final Value NONE = Values.value(List.of());

	private final CypherReads reads;

	Relations(CypherReads reads) {
		this.reads = reads;
	}

	/**
	 * The value of {@code field} for each parent; single-valued fields leave out the
	 * parents without one, as a batch loader may.
	 */
	public <K extends GraphNode, V> Map<K, V> load(Collection<K> parents, RelationField<? extends @Nullable V> field) {
		Map<String, Value> byId = new HashMap<>();
		for (Record row : this.reads.read(LOAD.formatted(field.subquery()), Map.of("ids", EntityReader.ids(parents)))) {
			byId.put(row.get("id").asString(), row.get("items"));
		}
		Map<K, V> values = new LinkedHashMap<>();
		for (K parent : parents) {
			@Nullable V value = field.value(byId.getOrDefault(parent.id(), NONE));
			if (value != null) {
				values.put(parent, value);
			}
		}
		return values;
	}

}
