package org.oncograph.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oncograph.curation.CurationTest;
import org.oncograph.error.OncoGraphException;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

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
		Instant year = NOW.plus(Duration.ofDays(365));
		assertThat(SecurityConfiguration.lifetime(token("a", year.minusSeconds(1), year), day, NOW).hasErrors())
			.as("iat filled in by Spring Security as exp - 1 s")
			.isTrue();
		var noExpiry = SecurityConfiguration.lifetime(token("a", NOW, null), day, NOW);
		assertThat(noExpiry.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getDescription()).contains("'exp'"));
	}

	/**
	 * The rules as the app's decoder applies them to signed tokens: Spring Security fills
	 * a missing {@code iat} with {@code exp} minus one second before the validators run,
	 * which a {@link Jwt} built by hand does not show.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			no-exp       | The exp claim is not valid
			too-long     | valid for longer than PT24H
			future-iat   | valid for longer than PT24H
			no-sub       | no subject ('sub')
			blank-sub    | no subject ('sub')
			hostile-sub  | sub has U+0000
			""")
	void theAppsDecoderRefusesEveryBadClaim(String which, String description) {
		JwtDecoder decoder = SecurityConfiguration.jwtDecoder(
				new SecurityProperties.Jwt(null, CurationTest.SECRET, null, null, "roles", Duration.ofHours(24)));
		long hour = SecurityTests.inSeconds(Duration.ofHours(1));
		long year = SecurityTests.inSeconds(Duration.ofDays(365));
		Map<String, Object> claims = switch (which) {
			case "no-exp" -> Map.of("sub", "alice");
			case "too-long" -> Map.of("sub", "alice", "exp", year);
			case "future-iat" -> Map.of("sub", "alice", "iat", year - 3600, "exp", year);
			case "no-sub" -> Map.of("exp", hour);
			case "blank-sub" -> Map.of("sub", " ", "exp", hour);
			default -> Map.of("sub", "evil\u0000\u202Eadmin", "exp", hour);
		};
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> decoder.decode(CurationTest.Clients.signed(claims)))
			.withMessageContaining(description);
		assertThat(decoder.decode(CurationTest.Clients.signed(Map.of("sub", "alice", "exp", hour))).getSubject())
			.isEqualTo("alice");
		long now = SecurityTests.inSeconds(Duration.ZERO);
		assertThat(decoder
			.decode(CurationTest.Clients.signed(Map.of("sub", "alice", "iat", now - 600, "exp", now + 23 * 3600)))
			.getSubject()).isEqualTo("alice");
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
