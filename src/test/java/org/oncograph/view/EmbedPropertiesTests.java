package org.oncograph.view;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allowed embedding origins become the viewer's {@code frame-ancestors} and the CORS
 * allow-list of the API.
 */
@Tag("rules")
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

	@Test
	void listedOriginsAreTheCorsAllowListOfTheGraphQlEndpoint() {
		var registry = new CorsRegistry() {

			CorsConfiguration graphQl() {
				return getCorsConfigurations().get("/graphql");
			}

		};
		new EmbedConfiguration(new EmbedProperties(List.of("https://a.example.org", "https://*.b.example.org")))
			.addCorsMappings(registry);
		CorsConfiguration cors = registry.graphQl();
		assertThat(cors.checkOrigin("https://a.example.org")).isEqualTo("https://a.example.org");
		assertThat(cors.checkOrigin("https://x.b.example.org")).isEqualTo("https://x.b.example.org");
		assertThat(cors.checkOrigin("https://evil.example.com")).isNull();
		assertThat(cors.getAllowCredentials()).isFalse();
	}

}
