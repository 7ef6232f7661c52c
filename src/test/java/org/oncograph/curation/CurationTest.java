package org.oncograph.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.oncograph.GraphQlOverHttp;
import org.oncograph.GraphTest;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link GraphTest} with its own application context and so its own graph (tests that
 * write must not change what the read-only tests see), a JWT secret and two API keys: a
 * curator's and an admin's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@GraphTest
@TestPropertySource(properties = { "oncograph.security.jwt.secret=" + CurationTest.SECRET,
		"oncograph.security.api-keys[0].key=" + CurationTest.CURATOR_KEY,
		"oncograph.security.api-keys[0].name=curator-bot", "oncograph.security.api-keys[0].roles=curator",
		"oncograph.security.api-keys[1].key=" + CurationTest.ADMIN_KEY, "oncograph.security.api-keys[1].name=admin-bot",
		"oncograph.security.api-keys[1].roles=admin" })
public @interface CurationTest {

	String SECRET = "test-secret-for-hs256-tokens-0123456789abcdef";

	String CURATOR_KEY = "curator-key-0123456789abcdefghij";

	String ADMIN_KEY = "admin-key-0123456789abcdefghijklm";

	/** Clients with credentials for a {@link CurationTest}. */
	final class Clients {

		private Clients() {
		}

		public static HttpGraphQlTester as(int port, String token) {
			return GraphQlOverHttp.graphQl(port).mutate().header("Authorization", "Bearer " + token).build();
		}

		/**
		 * An HS256 JWT signed with {@link #SECRET} (or another secret), valid for the
		 * given time from now.
		 */
		public static String jwt(String subject, List<String> roles, Duration validFor, String secret) {
			Instant now = Instant.now();
			var claims = new JWTClaimsSet.Builder().subject(subject)
				.claim("roles", roles)
				.issueTime(Date.from(now.minusSeconds(600)))
				.expirationTime(Date.from(now.plus(validFor)))
				.build();
			var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			try {
				jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
			return jwt.serialize();
		}

		/**
		 * An HS256 token signed with {@link #SECRET} with exactly these claims (none
		 * added: no {@code exp}, {@code iat} or {@code sub} unless given).
		 */
		public static String signed(java.util.Map<String, Object> claims) {
			try {
				var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), JWTClaimsSet.parse(claims));
				jwt.sign(new MACSigner(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
				return jwt.serialize();
			}
			catch (JOSEException | java.text.ParseException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
