package org.oncograph.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.oncograph.entity.Entity;
import org.oncograph.error.OncoGraphException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Brokers, communities and components of a collaboration network, each filtered to the
 * kinds of entity asked for.
 */
@Service
public class NetworkAnalytics {

	private final CollaborationNetworks networks;

	private final AnalyticsProperties properties;

	/** Analytics with the default settings of {@link AnalyticsProperties}. */
	public NetworkAnalytics(CollaborationNetworks networks) {
		this(networks, AnalyticsProperties.defaults());
	}

	@Autowired
	NetworkAnalytics(CollaborationNetworks networks, AnalyticsProperties properties) {
		this.networks = networks;
		this.properties = properties;
	}

	/**
	 * The most central entities of the kinds asked for, by betweenness, then degree, then
	 * id. Betweenness is exact on projections of up to
	 * {@code oncograph.analytics.exact-betweenness-max-nodes} entities and estimated from
	 * pivots above; the whole request (reading the network included) stops at
	 * {@code oncograph.analytics.time-budget} with {@link OncoGraphException.TimedOut}.
	 */
	public List<Centrality> brokers(NetworkFilter filter) {
		int first = filter.checkedFirst();
		Deadline deadline = Deadline.after(this.properties.timeBudget());
		Network network = this.networks.structure(filter.relationTypes(), deadline, "brokers");
		Betweenness betweenness = network.betweenness(this.properties.exactBetweennessMaxNodes(),
				this.properties.betweennessPivots(), deadline);
		double pairs = network.pairsWithout();
		return betweenness.ranked()
			.stream()
			.map(network.entities()::get)
			.filter(filter::lists)
			.limit(first)
			.map(entity -> new Centrality(entity, network.degree(entity.id()), betweenness.of(entity.id()),
					betweenness.of(entity.id()) / pairs, betweenness.exact(), betweenness.pivots()))
			.toList();
	}

	/**
	 * Communities of at least {@code minSize} entities, largest first, members of the
	 * kinds asked for.
	 */
	public List<Community> communities(NetworkFilter filter) {
		int minSize = filter.checkedMinSize();
		Network network = this.networks.structure(filter.relationTypes(), Deadline.after(this.properties.timeBudget()),
				"communities");
		List<Set<String>> partition = network.communities();
		List<Double> modularity = network.modularity(partition);
		List<Community> communities = new ArrayList<>();
		for (int i = 0; i < partition.size(); i++) {
			Set<String> ids = partition.get(i);
			if (ids.size() < minSize) {
				continue;
			}
			List<Entity> members = ids.stream()
				.map(network.entities()::get)
				.filter(filter::lists)
				.sorted(Comparator.<Entity>comparingInt(e -> network.degree(e.id()))
					.reversed()
					.thenComparing(Entity::id))
				.toList();
			if (!members.isEmpty()) {
				communities.add(new Community(i + 1, ids.size(), modularity.get(i), members));
			}
		}
		return communities;
	}

	/**
	 * Connected components of at least {@code minSize} entities, largest first, members
	 * of the kinds asked for.
	 */
	public List<Component> components(NetworkFilter filter) {
		int minSize = filter.checkedMinSize();
		Network network = this.networks.structure(filter.relationTypes(), Deadline.after(this.properties.timeBudget()),
				"components");
		List<Set<String>> components = network.components();
		List<Component> result = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			Set<String> ids = components.get(i);
			if (ids.size() < minSize) {
				continue;
			}
			List<Entity> members = ids.stream().map(network.entities()::get).filter(filter::lists).toList();
			if (!members.isEmpty()) {
				result.add(new Component(i + 1, ids.size(), members));
			}
		}
		return result;
	}

}
