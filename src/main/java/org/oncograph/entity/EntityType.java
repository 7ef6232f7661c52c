package org.oncograph.entity;

/** The kinds of entity, each with its Neo4j label and its record. */
public enum EntityType {

	PERSON("Person", Person.class), INSTITUTION("Institution", Institution.class), CITY("City", City.class),
	COUNTRY("Country", Country.class), ASSOCIATION("Association", Association.class), PROGRAM("Program", Program.class),
	TOPIC("Topic", Topic.class), EVENT("Event", Event.class);

	private final String label;

	private final Class<? extends Entity> recordType;

	EntityType(String label, Class<? extends Entity> recordType) {
		this.label = label;
		this.recordType = recordType;
	}

	/** The Neo4j label of this kind (next to {@code :Entity}). */
	public String label() {
		return this.label;
	}

	static EntityType of(Class<?> recordType) {
		for (EntityType type : values()) {
			if (type.recordType == recordType) {
				return type;
			}
		}
		throw new IllegalArgumentException("Not an entity record: " + recordType.getSimpleName());
	}

}
