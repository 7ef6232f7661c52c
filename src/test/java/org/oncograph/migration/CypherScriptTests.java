package org.oncograph.migration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@Tag("rules")
class CypherScriptTests {

	@Test
	void readsVersionDescriptionAndStatementsAsCypherShellWould() {
		var script = CypherScript.parse("V0012__Source_005_new_document.cypher", """
				// a comment; with a semicolon
				MERGE (n:Entity {id: 'topic:a'})
				SET n.name = 'a, b';
				  MATCH (n) RETURN n ;

				""");
		assertThat(script.version()).isEqualTo(12);
		assertThat(script.description()).isEqualTo("Source 005 new document");
		assertThat(script.statements()).containsExactly("MERGE (n:Entity {id: 'topic:a'})\nSET n.name = 'a, b'",
				"MATCH (n) RETURN n");
	}

	@Test
	void anyChangeToTheTextChangesTheChecksum() {
		var original = CypherScript.parse("V1__A.cypher", "RETURN 1;\n");
		assertThat(CypherScript.parse("V1__A.cypher", "RETURN 1;\n").checksum()).isEqualTo(original.checksum());
		assertThat(CypherScript.parse("V1__A.cypher", "RETURN 1;\n// note\n").checksum())
			.isNotEqualTo(original.checksum());
	}

	@Test
	void refusesAFileNotNamedAfterTheConvention() {
		assertThatIllegalArgumentException().isThrownBy(() -> CypherScript.parse("0001-schema.cypher", "RETURN 1;"))
			.withMessageContaining("0001-schema.cypher");
	}

	@Test
	void tellsSchemaScriptsFromDataScripts() {
		assertThat(CypherScript
			.parse("V1__A.cypher", "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;")
			.changesSchema()).isTrue();
		assertThat(CypherScript
			.parse("V1__A.cypher", "MERGE (n:A {id: 1});\ncreate fulltext index b for (n:A) on each [n.name];")
			.changesSchema()).isTrue();
		assertThat(CypherScript.parse("V1__A.cypher", "DROP INDEX c IF EXISTS;").changesSchema()).isTrue();
		assertThat(CypherScript.parse("V1__A.cypher", "CREATE (n:Index {name: 'CONSTRAINT'});\nMERGE (m:A);")
			.changesSchema()).isFalse();
	}

}
