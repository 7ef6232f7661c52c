package org.oncograph.view;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The allowed embedding origins become the viewer's {@code frame-ancestors}. */
class EmbedPropertiesTests {

	@Test
	void anyOriginByDefault() {
		assertThat(new EmbedProperties(List.of("*")).frameAncestors()).isEqualTo("*");
		assertThat(new EmbedProperties(List.of()).anyOrigin()).isTrue();
	}

	@Test
	void listedOriginsAndTheAppItself() {
		var embed = new EmbedProperties(List.of("https://a.example.org", "https://*.b.example.org"));
		assertThat(embed.anyOrigin()).isFalse();
		assertThat(embed.frameAncestors()).isEqualTo("'self' https://a.example.org https://*.b.example.org");
	}

}
