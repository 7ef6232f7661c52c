package org.oncograph.export;

import org.oncograph.analytics.CollaborationNetworks;
import org.oncograph.analytics.Network;
import org.oncograph.analytics.NetworkFilter;
import org.oncograph.path.PathArguments;
import org.oncograph.path.PathFinder;
import org.oncograph.view.GraphViews;
import org.oncograph.view.NeighborhoodArguments;

import org.springframework.stereotype.Service;

/**
 * The subgraphs researchers export: the whole network, the result of a path search, a
 * neighbourhood. Each is what the GraphQL API gives for the same arguments, checked by
 * the same argument record: the network of {@code brokers} ({@link NetworkFilter}), the
 * paths of {@code collaborationPaths} ({@link PathArguments}), the neighbourhood of the
 * {@code neighborhood} view ({@link NeighborhoodArguments}, drawn by {@link GraphViews}).
 */
@Service
class Exports {

	private final CollaborationNetworks networks;

	private final PathFinder paths;

	private final GraphViews views;

	Exports(CollaborationNetworks networks, PathFinder paths, GraphViews views) {
		this.networks = networks;
		this.paths = paths;
		this.views = views;
	}

	/**
	 * Every entity of the kinds asked for and the relationships of the chosen types
	 * between them.
	 */
	Subgraph graph(NetworkFilter filter) {
		Network network = this.networks.network(filter.relationTypes());
		return Subgraph.induced(network.entities().values().stream().filter(filter::lists).toList(), network.edges());
	}

	/** The entities and relationships of the paths found for the arguments. */
	Subgraph paths(PathArguments arguments) {
		return Subgraph.of(this.paths.paths(arguments.request()));
	}

	/**
	 * The entities and relationships of the {@code neighborhood} view with the same
	 * arguments.
	 */
	Subgraph neighbourhood(NeighborhoodArguments arguments) {
		return Subgraph.of(this.views.neighborhood(arguments));
	}

}
