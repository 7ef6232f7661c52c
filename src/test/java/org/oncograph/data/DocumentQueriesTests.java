package org.oncograph.data;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.curation.CurationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questions a researcher asks of the five documents, answered through the API with
 * the facts V0009 added or corrected: which cities take part, who cooperates, which
 * agreements, permissions and appointments there are and in what state, what was taken
 * out and why, and what a country or city filter finds through a parent institution or a
 * region.
 */
@CurationTest
class DocumentQueriesTests {

	HttpGraphQlTester graphQl;

	HttpGraphQlTester curator;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.graphQl = GraphQlOverHttp.graphQl(port);
		this.curator = CurationTest.Clients.as(port, CurationTest.CURATOR_KEY);
	}

	@Test
	void listsTheCitiesWhoseClinicsTakePartInTheVideoConferences() {
		this.graphQl.document("""
				{ program(id: "program:herzen-oncology-video-conferences") {
				    participants { participant { id } status sources { source { id } evidence } } } }""")
			.execute()
			.path("program.participants[*].participant.id")
			.entityList(String.class)
			.contains("city:moscow", "city:tula", "city:samara", "city:khabarovsk", "city:grozny", "city:lipetsk",
					"city:voronezh", "city:belgorod", "city:sevastopol", "city:kaluga", "city:obninsk",
					"city:kaliningrad", "institution:kaliningrad-regional-clinical-hospital");
		this.graphQl.document("""
				{ city(id: "city:obninsk") { programs { program { id } status sources { evidence } } } }""")
			.execute()
			.path("city.programs[0].sources[0].evidence")
			.entity(String.class)
			.satisfies(quote -> assertThat(quote).endsWith("Калуги, Обнинска"));
	}

	@Test
	void findsTheCitiesOfTheInvitedDoctorsAndTheirCooperation() {
		this.graphQl.document("""
				{ events(filter: {participant: "city:tbilisi"}) { edges { node { id } } } }""")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("event:onko-week-vko-operations");
		this.graphQl.document("""
				{ city(id: "city:minsk") { cooperations { party { id } partner { id } status } } }""")
			.execute()
			.path("city.cooperations[*].party.id")
			.entityList(String.class)
			.containsExactly("city:saint-petersburg");
		this.graphQl.document(
				"""
						{ country(id: "country:belarus") { cooperations { party { id } status sources { source { id } } } } }""")
			.execute()
			.path("country.cooperations[?(@.party.id == 'country:russia')].sources[*].source.id")
			.entityList(String.class)
			.satisfies(sources -> assertThat(sources).containsExactlyInAnyOrder("source:001", "source:002"));
	}

	@Test
	void listsAgreementsPermissionsAndAppointmentsWithTheirState() {
		var response = this.graphQl.document("""
				{ events(filter: {kind: [AGREEMENT, PERMISSION, APPOINTMENT]}) {
				    edges { node { id kind status concerns { subject { id } } } } } }""").execute();
		response.path("events.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("event:union-state-cell-technologies-agreement",
					"event:ministry-of-health-permission-minsk-clinical-base",
					"event:2017-kravchenko-appointment-kaliningrad-ministry-of-health"));
		response.path("events.edges[?(@.node.kind == 'PERMISSION')].node.status")
			.entityList(String.class)
			.containsExactly("PROPOSED");
		response.path("events.edges[?(@.node.kind == 'APPOINTMENT')].node.concerns[*].subject.id")
			.entityList(String.class)
			.containsExactly("institution:kaliningrad-region-ministry-of-health");
	}

	@Test
	void showsWhatV0009TookOutAndWhy() {
		var response = this.curator.documentName("retractions")
			.variables(Map.of("id", "person:khubulava-gennadiy", "first", 10))
			.execute();
		response.path("retractions[*].retractedBy")
			.entityList(String.class)
			.containsExactly("cypher/V0009", "cypher/V0009", "cypher/V0009");
		response.path("retractions[?(@.type == 'PARTICIPATED_IN')].properties.sources[*]")
			.entityList(String.class)
			.containsExactly("source:001");
		response.path("retractions[?(@.type == 'PARTICIPATED_IN')].reason")
			.entityList(String.class)
			.satisfies(reasons -> assertThat(reasons.getFirst()).contains("в общении с журналистами"));
		this.curator.documentName("retractions")
			.variables(Map.of("id", "institution:russian-academy-of-sciences", "first", 10))
			.execute()
			.path("retractions[0].properties")
			.entity(Map.class)
			.isEqualTo(Map.of("sources", List.of("source:000"), "evidence",
					List.of("заслуженным врачом Российской Федерации, членом-корреспондентом РАН")));
	}

	@Test
	void aCountryFilterFollowsParentInstitutionsAndRegions() {
		this.graphQl.document("""
				{ institutions(filter: {country: "country:belarus"}, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("institutions.edges[*].node.id")
			.entityList(String.class)
			.contains("institution:alexandrov-head-and-neck-oncopathology-lab",
					"institution:alexandrov-head-and-neck-tumors-department",
					"institution:council-of-the-republic-education-commission");
		this.graphQl.document("""
				{ institutions(filter: {country: "country:russia"}, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("institutions.edges[*].node.id")
			.entityList(String.class)
			.contains("institution:kaliningrad-region-ministry-of-health", "institution:kaliningrad-region-government",
					"institution:kaliningrad-region-government-press-service",
					"institution:kaliningrad-region-oncology-service")
			.doesNotContain("institution:east-kazakhstan-oncology-and-surgery-center");
		this.graphQl.document("""
				{ people(filter: {country: "country:russia"}, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("people.edges[*].node.id")
			.entityList(String.class)
			.contains("person:kravchenko-aleksandr")
			.doesNotContain("person:kolyadich-zhanna");
		this.graphQl.document("""
				{ people(filter: {city: "city:minsk"}, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("people.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("person:kondratovich-viktor");
	}

	@Test
	void anEventsPlaceIsTheWholeItIsPartOf() {
		this.graphQl.document("""
				{ events(filter: {place: "country:russia"}) { edges { node { id } } } }""")
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.contains("event:2017-herzen-tele-seminar-march-31",
					"event:2017-kaliningrad-hospital-joins-video-conferences");
	}

}
