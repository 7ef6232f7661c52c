package org.oncograph.migration;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned script, {@code V0001__Description.cypher}: plain Cypher statements, each
 * ending with a semicolon at the end of a line, so that {@code cypher-shell -f} runs the
 * same file.
 *
 * @param version the number after {@code V}
 * @param description the words after {@code __}, underscores read as spaces
 * @param file the file name
 * @param checksum CRC32 of the file's text, as neo4j-migrations records it
 * @param statements the statements in file order, without comments
 */
record CypherScript(int version, String description, String file, String checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final Pattern SCHEMA_COMMAND = Pattern
		.compile("(?i)^(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?(\\w+\\s+)?(CONSTRAINT|INDEX)\\b");

	private static final Pattern IN_TRANSACTIONS = Pattern.compile("(?i)\\bIN\\s+TRANSACTIONS\\b");

	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

	static CypherScript parse(String file, String text) {
		Matcher name = NAME.matcher(file);
		if (!name.matches()) {
			throw new IllegalArgumentException(file + " is not named V<version>__<Description>.cypher");
		}
		var crc = new CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		String withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce(new StringBuilder(), (sb, line) -> sb.append(line).append('\n'), StringBuilder::append)
			.toString();
		List<String> statements = Arrays.stream(STATEMENT_END.split(withoutComments))
			.map(String::strip)
			.filter(statement -> !statement.isEmpty())
			.toList();
		return new CypherScript(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), file,
				Long.toString(crc.getValue()), statements);
	}

	/**
	 * Whether a statement creates or drops a constraint or an index (such commands need
	 * transactions of their own).
	 */
	/**
	 * Whether the statement commits in batches of its own ({@code CALL … IN
	 * TRANSACTIONS}): it runs in an implicit transaction, so only in a script that
	 * changes the schema, whose statements run one by one.
	 */
	static boolean commitsInBatches(String statement) {
		return IN_TRANSACTIONS.matcher(statement).find();
	}

	boolean changesSchema() {
		return this.statements.stream().anyMatch(statement -> SCHEMA_COMMAND.matcher(statement).find());
	}

}
