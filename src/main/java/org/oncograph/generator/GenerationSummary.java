package org.oncograph.generator;

import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param plan what was asked for
 * @param nodes nodes created per label
 * @param relationships relationships created per type
 * @param seconds how long loading took, from the first batch to the last commit
 */
public record GenerationSummary(GenerationPlan plan, Map<String, Long> nodes, Map<String, Long> relationships,
		double seconds) {

	public long nodeCount() {
		return this.nodes.values().stream().mapToLong(Long::longValue).sum();
	}

	public long relationshipCount() {
		return this.relationships.values().stream().mapToLong(Long::longValue).sum();
	}

	public double relationshipsPerSecond() {
		return relationshipCount() / this.seconds;
	}

	@Override
	public String toString() {
		return String.format("%,d nodes and %,d relationships in %.1f s (%,.0f relationships/s); nodes %s; relationships %s",
				nodeCount(), relationshipCount(), this.seconds, relationshipsPerSecond(), this.nodes, this.relationships);
	}

}
