package org.oncograph.view;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A piece of the graph shaped for viewers: {@code nodes} and {@code edges} map one-to-one
 * onto Cytoscape.js {@code elements}, vis-network's {@code {nodes, edges}} and
 * graphology's import format.
 *
 * @param truncated true when nodes in reach were left out: by {@code limit}, or behind a
 * node with more than {@code maxDegree} relationships that a neighborhood did not go
 * through
 */
public record GraphView(List<Node> nodes, List<Edge> edges, boolean truncated) {

	/**
	 * The most entities a view may hold: a neighbourhood's {@code limit}, a subgraph's
	 * {@code ids}.
	 */
	public static final int MAX_NODES = 500;

	/**
	 * An entity.
	 *
	 * @param type the entity kind ({@code PERSON}, {@code INSTITUTION}…)
	 * @param properties the node's properties and {@code sources}: {@code [{id, title,
	 * titleEn, evidence}]}
	 */
	public record Node(String id, String label, String type, Map<String, Object> properties) {
	}

	/**
	 * A relationship, with the stable id {@code <source>|<TYPE>|<target>}.
	 *
	 * @param properties the relationship's properties and {@code sources}: {@code [{id,
	 * title, titleEn, evidence}]}
	 */
	public record Edge(String id, String source, String target, String type, @Nullable String label,
			Map<String, Object> properties) {

		static String id(String source, String type, String target) {
			return source + "|" + type + "|" + target;
		}

	}

}
