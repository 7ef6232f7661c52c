package org.oncograph.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.oncograph.analytics.NetworkEdge;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.path.CollaborationPath;
import org.oncograph.path.PathStep;

/** What an export writes: entities and the relationships between them, each relationship once, as stored. */
record Subgraph(List<Entity> nodes, List<Edge> edges) {

	/** A relationship in its stored direction, with its properties and provenance (source ids and their words). */
	record Edge(String source, String target, String relation, @Nullable String role, @Nullable String roleEn,
			@Nullable String status, List<String> sources, List<String> evidence) {

		static Edge of(NetworkEdge edge) {
			return new Edge(edge.start(), edge.end(), edge.type(), edge.string("role"), edge.string("roleEn"),
					edge.string("status"), edge.sources(), edge.evidence());
		}

		static Edge of(PathStep step) {
			String source = step.reversed() ? step.to().id() : step.from().id();
			String target = step.reversed() ? step.from().id() : step.to().id();
			return new Edge(source, target, step.relation(), step.role(), step.roleEn(), step.status(),
					step.sources().stream().map(p -> p.source().id()).toList(),
					step.sources().stream().map(Provenance::evidence).toList());
		}

	}

	/** The entities and relationships of the given paths, each once. */
	static Subgraph of(List<CollaborationPath> paths) {
		Map<String, Entity> nodes = new LinkedHashMap<>();
		Set<Edge> edges = new LinkedHashSet<>();
		for (CollaborationPath path : paths) {
			path.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
			path.steps().forEach(step -> edges.add(Edge.of(step)));
		}
		return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges));
	}

	/** These entities and every projection relationship between two of them. */
	static Subgraph induced(Collection<Entity> nodes, Collection<NetworkEdge> edges) {
		Set<String> ids = new LinkedHashSet<>();
		nodes.forEach(node -> ids.add(node.id()));
		return new Subgraph(List.copyOf(nodes), edges.stream()
			.filter(edge -> ids.contains(edge.start()) && ids.contains(edge.end()))
			.map(Edge::of)
			.toList());
	}

}
