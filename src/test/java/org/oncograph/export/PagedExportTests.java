package org.oncograph.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphTest;
import org.oncograph.analytics.NetworkFilter;
import org.oncograph.model.EntityType;
import org.oncograph.path.PathFinder;
import org.oncograph.view.GraphViews;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-graph exports and the dump read in many small pages (a few nodes each, so the
 * seed graph spans dozens of pages and every group of the dump several) are the ones read
 * in a single page, as the app serves them.
 */
@GraphTest
class PagedExportTests {

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PathFinder paths;

	@Autowired
	GraphViews views;

	@Autowired
	Driver driver;

	@Test
	void theWholeNetworkReadInPagesOfSevenIsTheNetworkReadInOnePage() throws Exception {
		var exports = new Exports(this.neo4j, this.paths, this.views, new ExportProperties(7));
		record Case(NetworkFilter filter, String query) {
		}
		for (Case c : List.of(new Case(new NetworkFilter(null, null, true, null, null), "includeGeography=true"),
				new Case(new NetworkFilter(null, null, null, null, null), ""),
				new Case(new NetworkFilter(List.of(EntityType.PERSON, EntityType.INSTITUTION), null, null, null, null),
						"types=PERSON,INSTITUTION"))) {
			var paged = new ByteArrayOutputStream();
			Formats.json(exports.graph(c.filter()), paged);
			JsonNode read = json.readTree(paged.toByteArray());
			assertThat(read.path("nodes").size()).as(c.query()).isGreaterThan(3 * 7);
			assertThat(read.path("edges").size()).as(c.query()).isGreaterThan(3 * 7);
			JsonNode served = json.readTree(DumpRoundTripTests.get(this.port, "/export/graph.json?" + c.query()));
			assertThat(read.path("nodes")).as(c.query()).isEqualTo(served.path("nodes"));
			assertThat(DumpRoundTripTests.sorted(read)).as(c.query()).isEqualTo(DumpRoundTripTests.sorted(served));
		}
	}

	@Test
	void theDumpReadInPagesOfFiveIsTheDumpReadInOnePage() throws Exception {
		var paged = new ByteArrayOutputStream();
		new GraphDump(this.driver, new ExportProperties(5)).write(paged);
		JsonNode read = json.readTree(paged.toByteArray());
		JsonNode served = json.readTree(DumpRoundTripTests.get(this.port, "/export/dump.json"));
		assertThat(read.path("format")).isEqualTo(served.path("format"));
		assertThat(read.path("relationships")).isEqualTo(served.path("relationships"));
		// the nodes without a keyed label (script records, the curation lock) are in a
		// canonical order only within a page; the others in id order
		assertThat(items(read.path("nodes"))).isEqualTo(items(served.path("nodes")));
		assertThat(read.path("nodes").size()).isGreaterThan(5 * 5);
		List<String> ids = new ArrayList<>();
		read.path("nodes").forEach(node -> ids.add(node.path("properties").path("id").asString("")));
		assertThat(ids.subList(0, 5 * 5)).doesNotHaveDuplicates();
	}

	static List<String> items(JsonNode array) {
		List<String> items = new ArrayList<>();
		array.forEach(item -> items.add(item.toString()));
		items.sort(Comparator.naturalOrder());
		return items;
	}

}
