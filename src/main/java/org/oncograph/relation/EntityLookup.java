package org.oncograph.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.oncograph.database.CypherReads;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Nodes;
import org.oncograph.error.OncoGraphException;
import org.oncograph.limits.RowBudget;
import org.oncograph.model.EntityType;

import org.springframework.stereotype.Service;

/**
 * An entity by id together with the relationship fields the request selects on it, in one
 * Cypher statement: each field's value is handed to the field's DataLoader (registered by
 * {@link RelationWiring} under the field's key), so those fields are answered without a
 * statement of their own. A person with its sources, affiliations, memberships, events
 * and hosted events is one statement. Fields further down (an affiliation's institution's
 * city) stay with their batch loaders.
 */
@Service
public class EntityLookup {

	private static final String ENTITY = "MATCH (p:Entity {id: $id}) WHERE $label IN labels(p)\nRETURN p AS entity";

	private final CypherReads reads;

	EntityLookup(CypherReads reads) {
		this.reads = reads;
	}

	/**
	 * The entity of the given kind with this id, its selected relationship fields loaded
	 * with it.
	 */
	public Entity entity(String id, EntityType type, DataFetchingEnvironment env) {
		Map<String, RelationField<?>> fields = selected(type, env);
		StringBuilder cypher = new StringBuilder(ENTITY);
		int column = 0;
		for (RelationField<?> field : fields.values()) {
			// Only the fixed subqueries of RelationFields go into the text; the request's
			// values are parameters.
			cypher.append(",\n  COLLECT {\n  CALL (p) {\n")
				.append(field.subquery())
				.append("\n  }\n  RETURN item LIMIT $limit\n  } AS field")
				.append(column++);
		}
		// Each field reads one row more than the request may still read, as a batch does,
		// so that a hub's thousands are seen as too many without being held.
		long limit = RowBudget.readLimit(env.getGraphQlContext());
		Record row = this.reads.read(cypher.toString(), Map.of("id", id, "label", type.label(), "limit", limit))
			.stream()
			.findFirst()
			.orElseThrow(() -> new OncoGraphException.NotFound(id, type.label().toLowerCase()));
		Entity entity = Nodes.entity(row.get("entity").asNode());
		column = 0;
		long rows = 0;
		for (Map.Entry<String, RelationField<?>> field : fields.entrySet()) {
			// graphql-java bounds getDataLoader's V without @Nullable, but the loader of
			// a single-valued field is
			// primed with null where the entity has none.
			@SuppressWarnings("NullAway")
			@Nullable DataLoader<Object, @Nullable Object> loader = env.getDataLoader(field.getKey());
			List<Value> items = row.get("field" + column++).asList(item -> item);
			rows += items.size();
			@Nullable Object value = field.getValue().value(entity, items);
			if (loader != null) {
				loader.prime(entity, value);
			}
		}
		RowBudget.count(env.getGraphQlContext(), rows);
		return entity;
	}

	/** The relationship fields selected on the entity, by the key of their DataLoader. */
	private static Map<String, RelationField<?>> selected(EntityType type, DataFetchingEnvironment env) {
		Map<String, RelationField<?>> fields = new LinkedHashMap<>();
		for (SelectedField selected : env.getSelectionSet().getImmediateFields()) {
			if (selected.getObjectTypeNames().contains(type.label())) {
				RelationFields.of(type.label(), selected.getName())
					.ifPresent(field -> fields.putIfAbsent(field.loaderKey(), field));
			}
		}
		return fields;
	}

}
