package org.oncograph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Exports over HTTP on the loaded graph: valid GraphML with declared keys, CSV, zip and JSON, with the filters. */
@GraphTest
class ExportTests {

	WebTestClient http;

	@BeforeEach
	void connect(@LocalServerPort int port) {
		this.http = GraphQlOverHttp.client(port);
	}

	byte[] get(String uri) {
		return this.http.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult()
			.getResponseBody();
	}

	static Document parse(byte[] graphml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(graphml));
	}

	@Test
	void theWholeNetworkIsValidGraphMlWithEveryAttributeKeyDeclared() throws Exception {
		Document graphml = parse(get("/export/graph.graphml"));
		assertThat(graphml.getDocumentElement().getNamespaceURI()).isEqualTo(Formats.GRAPHML_NS);
		assertThat(graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "node").getLength()).isEqualTo(124);
		NodeList edges = graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "edge");
		assertThat(edges.getLength()).isEqualTo(99);
		Set<String> keys = new HashSet<>();
		NodeList declared = graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "key");
		for (int i = 0; i < declared.getLength(); i++) {
			keys.add(((Element) declared.item(i)).getAttribute("id"));
		}
		NodeList data = graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "data");
		for (int i = 0; i < data.getLength(); i++) {
			assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
		}
		Set<String> nodeIds = new HashSet<>();
		NodeList nodes = graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "node");
		for (int i = 0; i < nodes.getLength(); i++) {
			nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		for (int i = 0; i < edges.getLength(); i++) {
			assertThat(nodeIds).contains(((Element) edges.item(i)).getAttribute("source"),
					((Element) edges.item(i)).getAttribute("target"));
		}
		// geography adds the LOCATED_IN relationships; a kind filter keeps only those entities
		assertThat(parse(get("/export/graph.graphml?includeGeography=true")).getElementsByTagNameNS(Formats.GRAPHML_NS, "edge")
			.getLength()).isEqualTo(146);
		assertThat(parse(get("/export/graph.graphml?types=PERSON")).getElementsByTagNameNS(Formats.GRAPHML_NS, "node")
			.getLength()).isEqualTo(12);
	}

	@Test
	void aPathExportHoldsTheNodesAndRelationshipsOfThePaths() throws Exception {
		Document graphml = parse(
				get("/export/path.graphml?from=person:kondratovich-viktor&to=person:kaprin-andrey&allShortest=true"));
		assertThat(graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "node").getLength()).isEqualTo(7);
		assertThat(graphml.getElementsByTagNameNS(Formats.GRAPHML_NS, "edge").getLength()).isEqualTo(7); // both share Kaprin -MEMBER_OF-> RAS
		String edges = new String(get("/export/path.csv?from=person:kondratovich-viktor&to=person:kaprin-andrey&part=edges"),
				StandardCharsets.UTF_8);
		assertThat(edges.lines()).hasSize(5).first().isEqualTo(Formats.EDGES_HEADER);
		assertThat(edges).contains("person:kaprin-andrey,institution:russian-academy-of-sciences,Directed,MEMBER_OF");
	}

	@Test
	void aNeighbourhoodExportsAsCsvZipAndJson() throws IOException {
		String nodes = new String(get("/export/neighborhood.csv?id=person:kondratovich-viktor"), StandardCharsets.UTF_8);
		assertThat(nodes.lines()).hasSize(7).first().isEqualTo(Formats.NODES_HEADER);
		Map<String, Integer> lines = new java.util.HashMap<>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(get("/export/neighborhood.zip?id=person:kondratovich-viktor")))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				lines.put(entry.getName(), (int) new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().count());
			}
		}
		assertThat(lines).containsExactlyInAnyOrderEntriesOf(Map.of("nodes.csv", 7, "edges.csv", 11));
		this.http.get().uri("/export/neighborhood.json?id=person:kondratovich-viktor&depth=2").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.nodes[0].id").exists()
			.jsonPath("$.edges[0].sources").isArray();
	}

	@Test
	void badArgumentsAreClearHttpErrors() {
		this.http.get().uri("/export/neighborhood.graphml?id=person:nobody").exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.detail").isEqualTo("No entity with id 'person:nobody'.");
		this.http.get().uri("/export/graph.pdf").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/export/path.graphml?from=person:kaprin-andrey&to=person:kaprin-andrey").exchange()
			.expectStatus().isBadRequest();
		this.http.get().uri("/export/neighborhood.csv?id=person:kaprin-andrey&depth=4").exchange().expectStatus()
			.isBadRequest();
	}

}
