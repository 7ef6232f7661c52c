package org.oncograph;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs Node.js tools for tests that check the API with real clients (the graphql-http
 * audit, GraphQL Code Generator and tsc): Debian's {@code node} and {@code npm}, packages
 * pinned by a {@code package-lock.json} and installed with {@code npm ci}.
 */
public final class Npm {

	private Npm() {
	}

	/** Fails with how to install Node.js when {@code node} or {@code npm} is missing. */
	public static void require(String purpose) {
		try {
			run(Path.of("."), List.of("node", "--version"), 30, Map.of());
			run(Path.of("."), List.of("npm", "--version"), 30, Map.of());
		}
		catch (IOException | AssertionError ex) {
			fail("Node.js and npm are needed to run " + purpose + " (" + ex.getMessage()
					+ "): install them, e.g. apt-get install -y nodejs npm (.ci/run does when node is missing).");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Runs the command in {@code directory} with these environment variables added and
	 * returns what it printed; a non-zero exit or a time-out fails.
	 */
	public static String run(Path directory, List<String> command, int seconds, Map<String, String> environment)
			throws IOException, InterruptedException {
		File log = Files.createTempFile("npm", ".log").toFile();
		Files.createDirectories(directory);
		var builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log);
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish within " + seconds + " s");
		}
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		Files.delete(log.toPath());
		if (process.exitValue() != 0) {
			throw new AssertionError(
					String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
		}
		return output;
	}

}
