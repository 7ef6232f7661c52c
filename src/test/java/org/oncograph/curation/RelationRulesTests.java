package org.oncograph.curation;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.oncograph.GraphTest;
import org.oncograph.model.EntityType;
import org.oncograph.model.RelationKind;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's rules, which {@code addRelationship} checks, against fit the loaded graph:
 * every relationship does.
 */
@GraphTest
class RelationRulesTests {

	@Autowired
	Driver driver;

	@Test
	void everyRelationshipOfTheLoadedGraphFitsTheRules() {
		var rows = this.driver.executableQuery("""
				MATCH (a:Entity)-[r]->(b:Entity)
				RETURN DISTINCT type(r) AS type,
				       [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to,
				       [k IN keys(r) WHERE NOT k IN ['sources', 'evidence']] AS properties""").execute().records();
		assertThat(rows).hasSizeGreaterThan(20).allSatisfy(row -> {
			var rule = RelationKind.valueOf(row.get("type").asString());
			var from = EntityType.ofLabel(row.get("from").asString());
			var to = EntityType.ofLabel(row.get("to").asString());
			assertThat(rule.links(from, to)).as("%s from %s to %s", row.get("type"), from, to).isTrue();
			assertThat(rule.properties()).as("properties of %s", row.get("type"))
				.containsAll(row.get("properties").asList(value -> value.asString()));
		});
	}

	@Test
	void newPeopleGetIdsLikeThoseOfTheScripts() {
		var people = this.driver
			.executableQuery("MATCH (p:Person) WHERE NOT p.name CONTAINS '.' RETURN p.id AS id, p.name AS name")
			.execute()
			.records();
		assertThat(people).hasSizeGreaterThan(10)
			.allSatisfy(row -> assertThat(Names.id(EntityType.PERSON, row.get("name").asString(), "", null))
				.isEqualTo(row.get("id").asString()));
	}

}
