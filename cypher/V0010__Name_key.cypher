// The folded name key of every entity (model/NameKey): its names and aliases in both languages, lower-cased, each
// after a line break, so that TEXT indexes serve the lists' nameContains (the key contains the folded fragment)
// and nameStartsWith (a line break then the folded fragment) instead of a test of every entity's names (issue 21).
// One index per kind, which a list of one kind reads alone (its count from the index only), and one on :Entity
// for lists of several kinds. Every later write of an entity's names sets the key in the same statement.
// Idempotent: the key is recomputed.
CREATE TEXT INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE TEXT INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE TEXT INDEX institution_name_key IF NOT EXISTS FOR (n:Institution) ON (n.nameKey);
CREATE TEXT INDEX city_name_key IF NOT EXISTS FOR (n:City) ON (n.nameKey);
CREATE TEXT INDEX country_name_key IF NOT EXISTS FOR (n:Country) ON (n.nameKey);
CREATE TEXT INDEX association_name_key IF NOT EXISTS FOR (n:Association) ON (n.nameKey);
CREATE TEXT INDEX program_name_key IF NOT EXISTS FOR (n:Program) ON (n.nameKey);
CREATE TEXT INDEX topic_name_key IF NOT EXISTS FOR (n:Topic) ON (n.nameKey);
CREATE TEXT INDEX event_name_key IF NOT EXISTS FOR (n:Event) ON (n.nameKey);

// In batches, so that a store of any size fits the transaction memory cap.
MATCH (n:Entity)
CALL (n) {
  SET n.nameKey = reduce(k = '\n', s IN [x IN [n.name, n.nameEn] + coalesce(n.aliases, []) + coalesce(n.aliasesEn, []) WHERE x IS NOT NULL] | k + toLower(s) + '\n')
} IN TRANSACTIONS OF 10000 ROWS;

// The lists plan with the indexes only once they are online.
CALL db.awaitIndexes(600);
