// Constraints and indexes. Every entity carries :Entity plus one label of its kind;
// ids are unique per label and across all entities.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT association_id IF NOT EXISTS FOR (n:Association) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// What lists filter and sort on.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON (n.nameEn);
CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX association_kind IF NOT EXISTS FOR (n:Association) ON (n.kind);
CREATE INDEX program_status IF NOT EXISTS FOR (n:Program) ON (n.status);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX source_published_on IF NOT EXISTS FOR (n:Source) ON (n.publishedOn);

// Full-text search: Russian names with Russian morphology (stems case endings, folds ё),
// English and Latin names with the standard analyzer. Separate properties, separate indexes.
CREATE FULLTEXT INDEX entity_names_ru IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'russian'}};
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameEn, n.aliasesEn]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
