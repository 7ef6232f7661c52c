package org.oncograph.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

/**
 * The arguments of {@code brokers}, {@code communities} and {@code components}, bound
 * with {@code @Arguments}, and of {@code /export/graph.*}, bound from its query
 * parameters (same names): which network ({@code relations}, {@code includeGeography}),
 * which of its entities to list ({@code types}), and where the operation has them how
 * many brokers ({@code first}) or how small a group ({@code minSize}). The checks are
 * here, so GraphQL and HTTP refuse the same values with the same words.
 *
 * @param types only entities of these kinds are listed; all kinds when left out or empty
 * @param relations the relation kinds that make the network; the cooperation kinds when
 * left out or empty
 * @param includeGeography also count {@code LOCATED_IN} as a link
 * @param first {@code brokers}: how many, 1 to {@value #MAX_FIRST};
 * {@value #DEFAULT_FIRST} when left out
 * @param minSize {@code communities} and {@code components}: the fewest entities of a
 * group listed, at least 1; 1 when left out
 */
public record NetworkFilter(@Nullable List<EntityType> types, @Nullable List<RelationKind> relations,
		@Nullable Boolean includeGeography, @Nullable Integer first, @Nullable Integer minSize) {

	public static final int MAX_FIRST = 500;

	public static final int DEFAULT_FIRST = 20;

	/**
	 * The relationship types of the network, as {@link RelationKind#types} names them
	 * (sorted: a cache key).
	 */
	public List<String> relationTypes() {
		return RelationKind.types(this.relations, Boolean.TRUE.equals(this.includeGeography));
	}

	/** Whether the entity is of a kind asked for. */
	public boolean lists(Entity entity) {
		return this.types == null || this.types.isEmpty() || this.types.contains(entity.type());
	}

	/**
	 * {@code first}, checked: a BAD_REQUEST naming it when outside 1 to
	 * {@value #MAX_FIRST}.
	 */
	int checkedFirst() {
		int count = (this.first != null) ? this.first : DEFAULT_FIRST;
		if (count < 1 || count > MAX_FIRST) {
			throw new OncoGraphException.BadRequest("first",
					"first must be between 1 and " + MAX_FIRST + ", was " + count + ".");
		}
		return count;
	}

	/** {@code minSize}, checked: a BAD_REQUEST naming it when below 1. */
	int checkedMinSize() {
		int size = (this.minSize != null) ? this.minSize : 1;
		if (size < 1) {
			throw new OncoGraphException.BadRequest("minSize", "minSize must be at least 1, was " + size + ".");
		}
		return size;
	}

}
