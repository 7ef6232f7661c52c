package org.oncograph.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic graph without a database: its shape, its provenance and its determinism.
 */
@Tag("rules")
class SyntheticGraphTests {

	private static final List<String> COUNTRIES = List.of("country:belarus", "country:russia");

	@Test
	void everyRelationshipJoinsGeneratedNodesAndCitesItsSource() {
		Recorded graph = generate(0.01, 7);
		Set<String> ids = new HashSet<>(COUNTRIES);
		graph.nodes.forEach(node -> ids.add((String) node.get("id")));
		assertThat(graph.relationshipsBeforeNodesDone).isZero();
		assertThat(graph.nodes).allSatisfy(node -> assertThat((String) node.get("id")).contains(":gen-"));
		assertThat(graph.relationships).allSatisfy(rel -> {
			assertThat(ids).contains(rel.from(), rel.to());
			if (rel.type().equals("MENTIONS")) {
				assertThat(rel.from()).startsWith("source:gen-");
				assertThat((String) rel.properties().get("evidence")).isNotBlank();
			}
			else {
				assertThat((List<?>) rel.properties().get("sources")).singleElement()
					.asString()
					.startsWith("source:gen-");
				assertThat((List<?>) rel.properties().get("evidence")).singleElement().asString().isNotBlank();
			}
		});
		Set<String> mentioned = new HashSet<>();
		graph.relationships.stream()
			.filter(rel -> rel.type().equals("MENTIONS"))
			.forEach(rel -> mentioned.add(rel.to()));
		assertThat(graph.nodes).filteredOn(node -> !((String) node.get("id")).startsWith("source:"))
			.allSatisfy(node -> assertThat(mentioned).contains((String) node.get("id")));
	}

	@Test
	void aboutFiveRelationshipsPerNodeWithSkewedParticipation() {
		Recorded graph = generate(0.05, 42);
		assertThat((double) graph.relationships.size() / graph.nodes.size()).isBetween(4.0, 6.5);
		Map<String, Integer> participations = new HashMap<>();
		graph.relationships.stream()
			.filter(rel -> rel.type().equals("PARTICIPATED_IN") && rel.from().startsWith("person:"))
			.forEach(rel -> participations.merge(rel.from(), 1, Integer::sum));
		int max = participations.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		double mean = participations.values().stream().mapToInt(Integer::intValue).average().orElse(0);
		assertThat(max).isGreaterThan((int) (10 * mean));
	}

	@Test
	void theSameSeedGivesTheSameGraph() {
		assertThat(generate(0.005, 3).relationships).isEqualTo(generate(0.005, 3).relationships);
		assertThat(generate(0.005, 3).relationships).isNotEqualTo(generate(0.005, 4).relationships);
	}

	@Test
	void latinNamesFollowTheRomanization() {
		assertThat(RussianNames.latin("Андрей Каприн")).isEqualTo("Andrey Kaprin");
		assertThat(RussianNames.latin("Елена Щукина")).isEqualTo("Yelena Shchukina");
	}

	private static Recorded generate(double scale, long seed) {
		Recorded recorded = new Recorded();
		new SyntheticGraph(GenerationPlan.of(scale, seed), COUNTRIES).generate(recorded);
		return recorded;
	}

	private record Relationship(String type, String from, String to, Map<String, Object> properties) {
	}

	private static final class Recorded implements SyntheticGraph.Sink {

		final List<Map<String, Object>> nodes = new ArrayList<>();

		final List<Relationship> relationships = new ArrayList<>();

		int relationshipsBeforeNodesDone;

		boolean nodesDone;

		@Override
		public void node(String label, Map<String, Object> properties) {
			this.nodes.add(properties);
		}

		@Override
		public void relationship(String type, String from, String to, Map<String, Object> properties) {
			if (!this.nodesDone) {
				this.relationshipsBeforeNodesDone++;
			}
			this.relationships.add(new Relationship(type, from, to, properties));
		}

		@Override
		public void nodesDone() {
			this.nodesDone = true;
		}

	}

}
