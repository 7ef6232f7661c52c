package org.oncograph.analytics;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Brokers, communities and components over HTTP on the loaded graph. Expected figures
 * come from a brute-force computation over the relationships of the Cypher scripts
 * (cooperation kinds, 124 entities, 99 relationships).
 */
@GraphTest
class NetworkAnalyticsTests {

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
	}

	@Test
	void theBrokersAreTheAlexandrovCentreAndAmongPeopleKaprin() {
		var all = this.graphQl
			.document("{ brokers(first: 3) { entity { id } degree betweenness normalizedBetweenness"
					+ " betweennessExact betweennessPivots } }")
			.execute();
		// 124 entities, under oncograph.analytics.exact-betweenness-max-nodes: exact,
		// from every entity.
		all.path("brokers[*].betweennessExact").entityList(Boolean.class).containsExactly(true, true, true);
		all.path("brokers[0].betweennessPivots").entity(Integer.class).isEqualTo(124);
		all.path("brokers[*].entity.id")
			.entityList(String.class)
			.containsExactly("institution:alexandrov-national-cancer-center",
					"institution:minsk-city-clinical-oncology-center", "country:russia");
		all.path("brokers[0].degree").entity(Integer.class).isEqualTo(13);
		all.path("brokers[0].betweenness")
			.entity(Double.class)
			.satisfies(b -> assertThat(b).isCloseTo(561.667, within(1e-3)));
		all.path("brokers[0].normalizedBetweenness")
			.entity(Double.class)
			.satisfies(b -> assertThat(b).isCloseTo(561.667 / (123 * 122 / 2.0), within(1e-6)));
		var people = this.graphQl.document("{ brokers(types: [PERSON], first: 4) { entity { id } betweenness } }")
			.execute();
		people.path("brokers[*].entity.id")
			.entityList(String.class)
			.containsExactly("person:kaprin-andrey", "person:moiseenko-v", "person:khubulava-gennadiy",
					"person:kondratovich-viktor");
		people.path("brokers[0].betweenness").entity(Double.class).isEqualTo(336.0);
	}

	@Test
	void componentsSeparateTheEastKazakhstanDocumentFromTheRest() {
		var response = this.graphQl.document("{ components(minSize: 2) { id size members { id } } }").execute();
		response.path("components[*].size").entityList(Integer.class).containsExactly(51, 12, 3, 2);
		response.path("components[1].members[*].id").entityList(String.class).contains("person:nefedov-andrey");
		this.graphQl.document("{ components { id } }")
			.execute()
			.path("components")
			.entityList(Object.class)
			.hasSize(60);
	}

	@Test
	void communitiesCoverTheLinkedEntitiesWithPositiveModularity() {
		var response = this.graphQl.document("{ communities { id size modularity members { id type } } }").execute();
		response.path("communities[*].size")
			.entityList(Integer.class)
			.satisfies(sizes -> assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(68));
		response.path("communities[*].modularity")
			.entityList(Double.class)
			.satisfies(shares -> assertThat(shares.stream().mapToDouble(Double::doubleValue).sum()).isGreaterThan(0.3));
		this.graphQl.document("{ communities(types: [PERSON]) { members { type } } }")
			.execute()
			.path("communities[*].members[*].type")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).isNotEmpty().containsOnly("PERSON"));
	}

}
