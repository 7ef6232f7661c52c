// Curation through the GraphQL mutations: the history of retractions and the entities they took out of the graph.
// A retracted entity loses :Entity and its kind label (so lookups, lists, search, paths and views no longer see it)
// and gets :Retracted, keeping its properties and its former labels in `retractedLabels`. Every retracted fact
// (the entity itself, and each relationship, with its properties as JSON) is a :Retraction node.
CREATE CONSTRAINT retraction_id IF NOT EXISTS FOR (n:Retraction) REQUIRE n.id IS UNIQUE;
CREATE INDEX retraction_from_id IF NOT EXISTS FOR (n:Retraction) ON (n.fromId);
CREATE INDEX retraction_to_id IF NOT EXISTS FOR (n:Retraction) ON (n.toId);
CREATE INDEX retraction_retracted_at IF NOT EXISTS FOR (n:Retraction) ON (n.retractedAt);
// Ids of retracted entities stay taken: a new entity never reuses one, so the history stays unambiguous.
CREATE INDEX retracted_id IF NOT EXISTS FOR (n:Retracted) ON (n.id);
// The node every mutation locks first, so duplicate checks and new ids see all earlier writes.
MERGE (:__CurationLock {id: 'curation'});
