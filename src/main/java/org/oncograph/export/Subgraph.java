package org.oncograph.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.oncograph.entity.Entity;
import org.oncograph.entity.Provenance;
import org.oncograph.path.CollaborationPath;
import org.oncograph.path.PathStep;
import org.oncograph.view.GraphView;

/**
 * What an export writes: entities and the relationships between them, each relationship
 * once, as stored. A path or a neighbourhood is held in lists; the whole graph is read a
 * page at a time while it is written ({@link Paged}): it is never held whole, and each
 * iteration reads it again.
 */
record Subgraph(Iterable<Node> nodes, Iterable<Edge> edges) {

	/**
	 * An entity: its id, its kind ({@code PERSON}…) and its names.
	 *
	 * @param nameEn the English name, or null when it has none
	 */
	record Node(String id, String type, String name, @Nullable String nameEn) {

		static Node of(Entity entity) {
			return new Node(entity.id(), entity.type().name(), entity.name(), entity.nameEn());
		}

		static Node of(GraphView.Node node) {
			return new Node(node.id(), node.type(), text(node.properties().get("name")),
					(node.properties().get("nameEn") instanceof Object nameEn) ? nameEn.toString() : null);
		}

	}

	/**
	 * A relationship in its stored direction, with its properties and provenance (source
	 * ids and their words).
	 */
	record Edge(String source, String target, String relation, @Nullable String role, @Nullable String roleEn,
			@Nullable String status, List<String> sources, List<String> evidence) {

		/** A stored relationship with its properties as read. */
		static Edge of(String start, String end, String type, Map<String, Object> properties) {
			return new Edge(start, end, type, string(properties.get("role")), string(properties.get("roleEn")),
					string(properties.get("status")), strings(properties.get("sources")),
					strings(properties.get("evidence")));
		}

		static Edge of(PathStep step) {
			String source = step.reversed() ? step.to().id() : step.from().id();
			String target = step.reversed() ? step.from().id() : step.to().id();
			return new Edge(source, target, step.relation(), step.role(), step.roleEn(), step.status(),
					step.sources().stream().map(p -> p.source().id()).toList(),
					step.sources().stream().map(Provenance::evidence).toList());
		}

		/**
		 * A view's edge: its {@code sources} property holds {@code {id, evidence}} maps,
		 * paired up.
		 */
		static Edge of(GraphView.Edge edge) {
			Map<String, Object> properties = edge.properties();
			List<Map<?, ?>> sources = (properties.get("sources") instanceof List<?> list)
					? list.stream().<Map<?, ?>>map(source -> (Map<?, ?>) source).toList() : List.of();
			return new Edge(edge.source(), edge.target(), edge.type(), string(properties.get("role")),
					string(properties.get("roleEn")), string(properties.get("status")),
					sources.stream().map(source -> text(source.get("id"))).toList(),
					sources.stream().map(source -> text(source.get("evidence"))).toList());
		}

	}

	/** The entities and relationships of the given paths, each once. */
	static Subgraph of(List<CollaborationPath> paths) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		Set<Edge> edges = new LinkedHashSet<>();
		for (CollaborationPath path : paths) {
			path.nodes().forEach(node -> nodes.putIfAbsent(node.id(), Node.of(node)));
			path.steps().forEach(step -> edges.add(Edge.of(step)));
		}
		return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges));
	}

	/** The entities and relationships of a view, in its order. */
	static Subgraph of(GraphView view) {
		return new Subgraph(view.nodes().stream().map(Node::of).toList(), view.edges().stream().map(Edge::of).toList());
	}

	private static @Nullable String string(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static List<String> strings(@Nullable Object value) {
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}
