package org.oncograph.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.error.OncoGraphException;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a token or key must say about who it is: a clean subject, a bounded lifetime,
 * roles named exactly, keys long and without white space. No Spring, no database.
 */
@Tag("rules")
class IdentityClaimsTests {

	static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	static Jwt token(String subject, Instant issued, Instant expires) {
		var builder = Jwt.withTokenValue("t").header("alg", "HS256").claim("roles", List.of("curator"));
		if (subject != null) {
			builder.subject(subject);
		}
		if (issued != null) {
			builder.issuedAt(issued);
		}
		if (expires != null) {
			builder.expiresAt(expires);
		}
		return builder.build();
	}

	@Test
	void aSubjectIsPresentNotBlankAndClean() {
		assertThat(SecurityConfiguration.cleanSubject(token("alice@example.org", NOW, NOW.plusSeconds(60))).hasErrors())
			.isFalse();
		for (String bad : new String[] { null, "", "   ", "evil\u0000\u202Eadmin", "bob\u200B", "\u2066x" }) {
			var result = SecurityConfiguration.cleanSubject(token(bad, NOW, NOW.plusSeconds(60)));
			assertThat(result.hasErrors()).as("sub %s", bad).isTrue();
			assertThat(result.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getDescription()).contains("sub"));
		}
	}

	@Test
	void aTokenHasAnExpiryAtMostTheLongestLifetimeAfterItWasIssued() {
		Duration day = Duration.ofHours(24);
		assertThat(SecurityConfiguration.lifetime(token("a", NOW, NOW.plus(day)), day, NOW).hasErrors()).isFalse();
		assertThat(SecurityConfiguration.lifetime(token("a", NOW, NOW.plus(day).plusSeconds(1)), day, NOW).hasErrors())
			.isTrue();
		assertThat(
				SecurityConfiguration.lifetime(token("a", null, NOW.plus(Duration.ofDays(3650))), day, NOW).hasErrors())
			.isTrue();
		assertThat(SecurityConfiguration.lifetime(token("a", null, NOW.plusSeconds(3600)), day, NOW).hasErrors())
			.isFalse();
		var noExpiry = SecurityConfiguration.lifetime(token("a", NOW, null), day, NOW);
		assertThat(noExpiry.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getDescription()).contains("'exp'"));
	}

	@Test
	void rolesAreMatchedExactly() {
		assertThat(Roles.claimed(List.of("curator", "admin", "reader", 7)))
			.containsExactly(new SimpleGrantedAuthority("ROLE_curator"), new SimpleGrantedAuthority("ROLE_admin"));
		assertThat(Roles.claimed(List.of("CURATOR", " curator ", "Admin", "admin\u200B"))).isEmpty();
		assertThatExceptionOfType(OncoGraphException.Startup.class)
			.isThrownBy(() -> Roles.authorities(List.of("Curator"), "oncograph.security.api-keys[0].roles"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "                        ", "short-key-0123456789abc", "key with spaces 0123456789abcdef",
			"key-with-a-tab\t0123456789abcdef", "key-with-a-nul\u00000123456789abcdef" })
	void anApiKeyHasAtLeast24CharactersAndNoWhiteSpaceOrControls(String key) {
		assertThatExceptionOfType(OncoGraphException.Startup.class)
			.isThrownBy(
					() -> new ApiKeys(List.of(new SecurityProperties.ApiKey(key, "bot", List.of("curator"))), false))
			.withMessageContaining("oncograph.security.api-keys[0].key");
	}

	@Test
	void aLongKeyWithoutWhiteSpaceIsAccepted() {
		new ApiKeys(List.of(new SecurityProperties.ApiKey("a".repeat(24), "bot", List.of("curator"))), false);
	}

}
