package org.oncograph.reconcile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema checks of {@link ReconcileApiTests} can fail: the published schemas, as kept
 * in the tests, refuse answers the specification forbids.
 */
@Tag("rules")
class SpecSchemasTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void refuseACandidateWithoutAnId() {
		assertThat(SpecSchemas.errors("reconciliation-result-batch.json",
				this.json.readTree("{\"q0\": {\"result\": [{\"name\": \"Андрей Каприн\", \"score\": 100}]}}")))
			.isNotEmpty();
		assertThat(SpecSchemas.errors("reconciliation-result-batch.json",
				this.json.readTree("{\"q0\": {\"result\": [{\"id\": \"x\", \"name\": \"y\", \"score\": 1,"
						+ " \"type\": [{\"id\": \"Person\", \"name\": \"Person\"}]}]}}")))
			.isEmpty();
	}

	@Test
	void refuseAManifestWithoutVersionZeroTwo() {
		assertThat(SpecSchemas.errors("manifest.json", this.json.readTree(
				"{\"versions\": [\"0.1\"], \"name\": \"x\", \"identifierSpace\": \"a\", \"schemaSpace\": \"b\"}")))
			.isNotEmpty();
	}

	@Test
	void refuseADefaultTypeWithoutAName() {
		assertThat(
				SpecSchemas
					.errors("manifest.json",
							this.json.readTree("{\"versions\": [\"0.2\"], \"name\": \"x\", \"identifierSpace\": \"a\","
									+ " \"schemaSpace\": \"b\", \"defaultTypes\": [{\"id\": \"Person\"}]}")))
			.isNotEmpty();
	}

	@Test
	void refuseADateWithoutATime() {
		assertThat(SpecSchemas.errors("data-extension-response.json",
				this.json.readTree(
						"{\"meta\": [{\"id\": \"date\", \"name\": \"Date\"}], \"rows\": {\"e\": {\"date\": [{\"date\":"
								+ " \"2025-07-15\"}]}}}")))
			.isNotEmpty();
	}

}
