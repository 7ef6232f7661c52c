package org.oncograph.relation;

/**
 * One step from a node {@code p} to related nodes {@code o}: a relationship {@code r} read with its properties
 * and provenance, or (for the derived ones without {@code r}) a path to entities.
 */
public enum Hop {

	/** Person to the institutions they work at. */
	AFFILIATIONS("(p)-[r:AFFILIATED_WITH]->(o)"),
	/** Institution to the people who work there. */
	STAFF("(p)<-[r:AFFILIATED_WITH]-(o)"),
	/** Member to the institutions and associations it belongs to. */
	MEMBERSHIPS("(p)-[r:MEMBER_OF]->(o)"),
	/** Institution or association to its members. */
	MEMBERS("(p)<-[r:MEMBER_OF]-(o)"),
	/** A part to what it is part of. */
	PART_OF("(p)-[r:PART_OF]->(o)"),
	/** A whole to its parts. */
	PARTS("(p)<-[r:PART_OF]-(o)"),
	/** Something to the city or country it is in. */
	LOCATION("(p)-[r:LOCATED_IN]->(o)"),
	/** A city or country to what is in it. */
	LOCATED("(p)<-[r:LOCATED_IN]-(o)"),
	/** A participant to the events it took part in. */
	EVENTS("(p)-[r:PARTICIPATED_IN]->(o)"),
	/** An event to its participants. */
	PARTICIPANTS("(p)<-[r:PARTICIPATED_IN]-(o)"),
	/** An event to its hosts. */
	HOSTS("(p)-[r:HOSTED_BY]->(o)"),
	/** A host to the events it hosted. */
	HOSTED("(p)<-[r:HOSTED_BY]-(o)"),
	/** An event to the institution it took place at. */
	VENUE("(p)-[r:TOOK_PLACE_AT]->(o)"),
	/** An institution to the events on its premises. */
	VENUE_OF("(p)<-[r:TOOK_PLACE_AT]-(o)"),
	/** An event or program to its topics. */
	TOPICS("(p)-[r:ABOUT]->(o)"),
	/** A topic to the events about it. */
	TOPIC_EVENTS("(p)<-[r:ABOUT]-(o:Event)"),
	/** A topic to the programs about it. */
	TOPIC_PROGRAMS("(p)<-[r:ABOUT]-(o:Program)"),
	/** A participant to the programs it takes part in. */
	PROGRAMS("(p)-[r:PARTICIPATES_IN]->(o)"),
	/** A program to its participants. */
	PROGRAM_PARTICIPANTS("(p)<-[r:PARTICIPATES_IN]-(o)"),
	/** Cooperation in either direction. */
	COOPERATIONS("(p)-[r:COOPERATES_WITH]-(o)"),

	/** Derived: the city something is in. */
	CITY("(p)-[:LOCATED_IN]->(o:City)"),
	/** Derived: the country something is in, directly or through its city. */
	COUNTRY("(p)-[:LOCATED_IN]->{1,2}(o:Country)"),
	/** Derived: the cities of a country. */
	CITIES("(p)<-[:LOCATED_IN]-(o:City)"),
	/** Derived: the institutions in a city or country (directly or through a city). */
	INSTITUTIONS("(p)<-[:LOCATED_IN]-{1,2}(o:Institution)");

	private final String pattern;

	Hop(String pattern) {
		this.pattern = pattern;
	}

	String pattern() {
		return this.pattern;
	}

}
