package org.oncograph.reconcile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A reconciliation candidate as the specification writes it: the entity's id, name,
 * description (its English name when it differs), types, score, whether it is a match,
 * and the features the score is made of.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Candidate(String id, String name, @Nullable String description, List<Map<String, String>> type, double score,
		boolean match, List<Feature> features) {

	/** A matching feature: a number or a boolean. */
	record Feature(String id, Object value) {
	}

	Candidate matched() {
		return new Candidate(this.id, this.name, this.description, this.type, this.score, true, this.features);
	}

}
