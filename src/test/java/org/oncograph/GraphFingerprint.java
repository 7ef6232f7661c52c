package org.oncograph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.neo4j.driver.Driver;

/**
 * The whole graph in one value: node and relationship counts and a SHA-256 over every
 * node (labels, properties) and relationship (ends, type, properties) in a stable order.
 * Two equal fingerprints mean nothing was written between.
 */
public record GraphFingerprint(long nodes, long relationships, String checksum) {

	public static GraphFingerprint of(Driver driver) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				MessageDigest digest = sha256();
				long nodes = 0;
				for (var row : tx
					.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties ORDER BY elementId(n)")
					.list()) {
					digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
					nodes++;
				}
				long relationships = 0;
				for (var row : tx.run("""
						MATCH (a)-[r]->(b)
						RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS properties
						ORDER BY elementId(r)""").list()) {
					digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
					relationships++;
				}
				return new GraphFingerprint(nodes, relationships, HexFormat.of().formatHex(digest.digest()));
			});
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
