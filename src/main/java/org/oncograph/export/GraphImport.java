package org.oncograph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Session;
import org.oncograph.error.OncoGraphException;
import org.oncograph.migration.InitialLoad;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@code ONCOGRAPH_IMPORT=/path/dump.json}: loads a dump written by
 * {@code GET /export/dump.json} into an empty database at startup, after the schema
 * script; the scripts the dump records as applied are not run again.
 */
@Component
@ConditionalOnExpression("'${oncograph.import.file:}' != ''")
class GraphImport implements InitialLoad {

	private final Path file;

	GraphImport(@Value("${oncograph.import.file}") Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	@Override
	public String description() {
		return "the dump " + this.file;
	}

	@Override
	public void load(Session session) {
		Map<String, Object> dump;
		try {
			dump = GraphDump.read(Files.readString(this.file));
		}
		catch (IOException | RuntimeException ex) {
			throw new OncoGraphException.Startup("Cannot read " + description() + ": " + ex.getMessage(),
					"Set ONCOGRAPH_IMPORT to a file written by GET /export/dump.json, or unset it.", ex);
		}
		try {
			GraphDump.load(dump, session);
		}
		catch (RuntimeException ex) {
			throw new OncoGraphException.Startup("Cannot import " + description() + ": " + ex.getMessage(),
					"Fix the dump, then delete ONCOGRAPH_DATA_DIR (nothing was written to it but the schema) and start"
							+ " again.",
					ex);
		}
	}

}
