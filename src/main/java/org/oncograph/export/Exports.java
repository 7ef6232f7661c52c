package org.oncograph.export;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.oncograph.analytics.CollaborationNetworks;
import org.oncograph.analytics.Network;
import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.EntityType;
import org.oncograph.path.PathFinder;
import org.oncograph.path.PathRequest;

import org.springframework.stereotype.Service;

/** The subgraphs researchers export: the whole network, the result of a path search, a neighbourhood. */
@Service
class Exports {

	static final int MAX_DEPTH = 3;

	private final CollaborationNetworks networks;

	private final PathFinder paths;

	Exports(CollaborationNetworks networks, PathFinder paths) {
		this.networks = networks;
		this.paths = paths;
	}

	/** Every entity of the kinds asked for and the relationships of the chosen types between them. */
	Subgraph graph(List<String> relationTypes, @Nullable List<EntityType> kinds) {
		Network network = this.networks.network(relationTypes);
		return Subgraph.induced(network.entities().values().stream().filter(ofKinds(kinds)).toList(), network.edges());
	}

	/** The entities and relationships of the paths found for the request. */
	Subgraph paths(PathRequest request) {
		return Subgraph.of(this.paths.paths(request));
	}

	/** The entity, those within {@code depth} relationships of it (of the kinds asked for), and their relationships. */
	Subgraph neighbourhood(String id, int depth, List<String> relationTypes, @Nullable List<EntityType> kinds) {
		if (depth < 1 || depth > MAX_DEPTH) {
			throw new OncoGraphException.BadRequest("depth", "depth must be between 1 and " + MAX_DEPTH + ", was " + depth + ".");
		}
		Network network = this.networks.network(relationTypes);
		Entity centre = network.entities().get(id);
		if (centre == null) {
			throw new OncoGraphException.NotFound(id, "entity");
		}
		Map<String, Integer> distance = new HashMap<>(Map.of(id, 0));
		var queue = new ArrayDeque<>(List.of(id));
		while (!queue.isEmpty()) {
			String current = queue.poll();
			int reached = Objects.requireNonNull(distance.get(current));
			if (reached == depth) {
				continue;
			}
			for (String next : network.neighbours(current)) {
				if (distance.putIfAbsent(next, reached + 1) == null) {
					queue.add(next);
				}
			}
		}
		List<Entity> nodes = network.entities()
			.values()
			.stream()
			.filter(entity -> distance.containsKey(entity.id()))
			.filter(entity -> entity.id().equals(id) || ofKinds(kinds).test(entity))
			.toList();
		return Subgraph.induced(nodes, network.edges());
	}

	private static java.util.function.Predicate<Entity> ofKinds(@Nullable List<EntityType> kinds) {
		return entity -> kinds == null || kinds.isEmpty() || kinds.contains(entity.type());
	}

}
