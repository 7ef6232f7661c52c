package org.oncograph.generator;

import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param plan what was asked for
 * @param nodes nodes created per label
 * @param relationships relationships created per type
 * @param nodeSeconds how long writing the nodes took (they come first; two full-text
 * indexes are updated for each)
 * @param relationshipSeconds how long writing the relationships took, from the end of the
 * nodes to the last commit
 */
public record GenerationSummary(GenerationPlan plan, Map<String, Long> nodes, Map<String, Long> relationships,
		double nodeSeconds, double relationshipSeconds) {

	public long nodeCount() {
		return this.nodes.values().stream().mapToLong(Long::longValue).sum();
	}

	public long relationshipCount() {
		return this.relationships.values().stream().mapToLong(Long::longValue).sum();
	}

	public double seconds() {
		return this.nodeSeconds + this.relationshipSeconds;
	}

	/** Relationships written per second once the nodes are in. */
	public double relationshipsPerSecond() {
		return relationshipCount() / this.relationshipSeconds;
	}

	@Override
	public String toString() {
		return String.format(
				"%,d nodes in %.1f s (%,.0f nodes/s), then %,d relationships in %.1f s (%,.0f relationships/s);"
						+ " %.1f s in all; nodes %s; relationships %s",
				nodeCount(), this.nodeSeconds, nodeCount() / this.nodeSeconds, relationshipCount(),
				this.relationshipSeconds, relationshipsPerSecond(), seconds(), this.nodes, this.relationships);
	}

}
