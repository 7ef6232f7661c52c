package org.oncograph.export;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.oncograph.error.OncoGraphException;
import org.oncograph.migration.InitialLoad;
import org.oncograph.version.ChangeLog;
import org.oncograph.version.ChangeRecorder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * {@code ONCOGRAPH_IMPORT=/path/dump.json}: loads a dump written by
 * {@code GET /export/dump.json} into an empty database at startup, after the schema
 * script; the scripts the dump records as applied are not run again.
 * <p>
 * The file is read as a stream and written in batches of
 * {@code oncograph.import.batch-size} nodes or relationships, each its own transaction
 * ({@link GraphDump#load}), so a dump of any size fits the transaction memory cap. A load
 * cut short (a crash, {@code kill -9}, a failed batch) leaves a progress node that counts
 * what was committed. Started again with the same dump, the import sees that the
 * database, though not empty, holds only that unfinished load (the progress node, for a
 * dump of the same SHA-256, and exactly the nodes it counted) and goes on after the last
 * committed batch: nothing is written twice. Each batch advances the graph's version (an
 * {@code IMPORT} change). Any other database with data is refused, as is one whose
 * unfinished load came from another dump.
 */
@Component
@ConditionalOnExpression("'${oncograph.import.file:}' != ''")
class GraphImport implements InitialLoad {

	static final int MAX_BATCH_SIZE = 100_000;

	private final Path file;

	private final int batch;

	private final ChangeRecorder changes;

	private @Nullable String checksum;

	GraphImport(@Value("${oncograph.import.file}") Path file, @Value("${oncograph.import.batch-size:5000}") int batch,
			ChangeLog changes) {
		if (batch < 1 || batch > MAX_BATCH_SIZE) {
			throw new OncoGraphException.Startup(
					"oncograph.import.batch-size is " + batch + ", outside 1.." + MAX_BATCH_SIZE + ".",
					"Set ONCOGRAPH_IMPORT_BATCH_SIZE to a number from 1 to " + MAX_BATCH_SIZE
							+ ": each batch is one transaction, which must fit the transaction memory cap.",
					null);
		}
		this.file = file.toAbsolutePath().normalize();
		this.batch = batch;
		this.changes = changes.recorder();
	}

	@Override
	public String description() {
		return "the dump " + this.file;
	}

	@Override
	public boolean resumes(Session session) {
		return GraphDump.unfinished(session, checksum());
	}

	@Override
	public void load(Session session) {
		String checksum = checksum();
		try (InputStream in = new BufferedInputStream(Files.newInputStream(this.file), 1 << 16)) {
			GraphDump.load(in, session, this.batch, checksum, description(), this.changes);
		}
		catch (IOException | RuntimeException ex) {
			throw new OncoGraphException.Startup("Cannot import " + description() + ": " + ex.getMessage(),
					"Fix the dump, then delete ONCOGRAPH_DATA_DIR and start again; or, if the import was cut short"
							+ " (a crash, a timeout), start again with the same ONCOGRAPH_IMPORT: it goes on after the"
							+ " last committed batch.",
					ex);
		}
	}

	/**
	 * The SHA-256 of the file, which tells a resumed load of this dump from another's.
	 */
	private String checksum() {
		if (this.checksum == null) {
			try (var in = new DigestInputStream(Files.newInputStream(this.file),
					MessageDigest.getInstance("SHA-256"))) {
				in.transferTo(OutputStream.nullOutputStream());
				this.checksum = HexFormat.of().formatHex(in.getMessageDigest().digest());
			}
			catch (IOException ex) {
				throw new OncoGraphException.Startup("Cannot read " + description() + ": " + ex.getMessage(),
						"Set ONCOGRAPH_IMPORT to a file written by GET /export/dump.json, or unset it.", ex);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return this.checksum;
	}

}
