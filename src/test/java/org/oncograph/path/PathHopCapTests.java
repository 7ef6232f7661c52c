package org.oncograph.path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oncograph.error.OncoGraphException;

import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The hop cap ({@code ONCOGRAPH_MAX_HOPS}) is 1 to 8, and a request past it is refused
 * before any Cypher runs.
 */
@Tag("rules")
class PathHopCapTests {

	@Test
	void aCapOutsideOneToEightStopsStartup() {
		assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(() -> new PathProperties(9))
			.withMessageContaining("outside 1..8");
		assertThatExceptionOfType(OncoGraphException.Startup.class).isThrownBy(() -> new PathProperties(0));
	}

	@Test
	void aRequestPastTheConfiguredCapIsABadRequest() {
		Neo4jClient neo4j = mock(Neo4jClient.class);
		var finder = new PathFinder(neo4j, new PathProperties(4));
		var request = new PathArguments("person:a", "person:b", 5, null, null, null, null, null, null, null, null)
			.request();
		assertThatExceptionOfType(OncoGraphException.BadRequest.class).isThrownBy(() -> finder.paths(request))
			.withMessage("maxHops must be at most 4 (oncograph.path.max-hops), was 5.");
		verifyNoInteractions(neo4j);
	}

}
