package org.oncograph.version;

/** What kind of write a {@link Change} was: the path that wrote it. */
public enum ChangeKind {

	/** A script of {@code cypher/} applied at startup. */
	SCRIPT,
	/** A batch of a dump loaded by {@code ONCOGRAPH_IMPORT}. */
	IMPORT,
	/** A batch of the synthetic graph. */
	GENERATOR,
	/** The mutation {@code addSource}. */
	ADD_SOURCE,
	/** The mutation {@code upsertEntity}. */
	UPSERT_ENTITY,
	/** The mutation {@code addRelationship}. */
	ADD_RELATIONSHIP,
	/** The mutation {@code retractFact}. */
	RETRACT_FACT

}
