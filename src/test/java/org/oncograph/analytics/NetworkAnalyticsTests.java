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
	void theBrokersAreTheAcademyOfSciencesAndAmongPeopleMoiseenkoAndKaprin() {
		var all = this.graphQl
			.document("{ brokers(first: 3) { entity { id } degree betweenness normalizedBetweenness"
					+ " betweennessExact betweennessPivots } }")
			.execute();
		// 127 entities, under oncograph.analytics.exact-betweenness-max-nodes: exact,
		// from every entity.
		all.path("brokers[*].betweennessExact").entityList(Boolean.class).containsExactly(true, true, true);
		all.path("brokers[0].betweennessPivots").entity(Integer.class).isEqualTo(127);
		// the academy joins the Minsk and Saint Petersburg documents (Moiseenko) to the
		// Moscow one (Kaprin), and through the cities the East Kazakhstan one
		all.path("brokers[*].entity.id")
			.entityList(String.class)
			.containsExactly("institution:russian-academy-of-sciences", "person:moiseenko-v", "person:kaprin-andrey");
		all.path("brokers[0].degree").entity(Integer.class).isEqualTo(3);
		all.path("brokers[0].betweenness")
			.entity(Double.class)
			.satisfies(b -> assertThat(b).isCloseTo(1491.0, within(1e-3)));
		all.path("brokers[0].normalizedBetweenness")
			.entity(Double.class)
			.satisfies(b -> assertThat(b).isCloseTo(1491.0 / (126 * 125 / 2.0), within(1e-6)));
		var people = this.graphQl.document("{ brokers(types: [PERSON], first: 4) { entity { id } betweenness } }")
			.execute();
		people.path("brokers[*].entity.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).startsWith("person:moiseenko-v", "person:kaprin-andrey")
				.containsExactlyInAnyOrder("person:moiseenko-v", "person:kaprin-andrey", "person:kravchenko-aleksandr",
						"person:khubulava-gennadiy"));
		people.path("brokers[0].betweenness").entity(Double.class).isEqualTo(1456.0);
	}

	@Test
	void theCitiesJoinTheEastKazakhstanDocumentToTheRest() {
		// Saint Petersburg's invited doctors performed operations at ONKO WEEK VKO
		// (source:004) and its doctors met in the Council of the Republic (source:001)
		var response = this.graphQl.document("{ components(minSize: 2) { id size members { id } } }").execute();
		response.path("components[*].size").entityList(Integer.class).containsExactly(83, 3, 2);
		response.path("components[0].members[*].id")
			.entityList(String.class)
			.contains("person:nefedov-andrey", "person:kondratovich-viktor", "city:saint-petersburg");
		this.graphQl.document("{ components { id } }")
			.execute()
			.path("components")
			.entityList(Object.class)
			.hasSize(42);
	}

	@Test
	void communitiesCoverTheLinkedEntitiesWithPositiveModularity() {
		var response = this.graphQl.document("{ communities { id size modularity members { id type } } }").execute();
		response.path("communities[*].size")
			.entityList(Integer.class)
			.satisfies(sizes -> assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(88));
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
