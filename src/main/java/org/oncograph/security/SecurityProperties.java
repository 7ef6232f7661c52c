package org.oncograph.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.lang.Contract;

/**
 * {@code oncograph.security}: who may read and who may write.
 *
 * @param requireAuthenticationForReads true: {@code /graphql} and {@code /export/**} need
 * a valid token for reads too
 * @param jwt how JWTs are checked; none are accepted when neither a JWKS URI nor a secret
 * is set
 * @param apiKeys API keys for small installations, each with a name (recorded as the
 * author of writes) and roles
 */
@ConfigurationProperties("oncograph.security")
record SecurityProperties(@DefaultValue("false") boolean requireAuthenticationForReads, @DefaultValue Jwt jwt,
		@DefaultValue List<ApiKey> apiKeys) {

	/** The roles a token or key may carry. */
	static final List<String> ROLES = List.of("curator", "admin");

	/**
	 * @param jwksUri the issuer's JSON Web Key Set, for RS256/ES256-signed tokens
	 * @param secret a shared secret of at least 32 bytes, for HS256-signed tokens
	 * @param issuer when set, the {@code iss} every token must have
	 * @param audience when set, a value the token's {@code aud} must contain
	 * @param rolesClaim the claim with the roles, a list or a space-separated string; a
	 * dotted path reaches into objects ({@code realm_access.roles} for Keycloak)
	 * @param maxLifetime the longest a token may be valid: its {@code exp} at most this
	 * long after its {@code iat} (or after now, without {@code iat})
	 */
	record Jwt(@Nullable String jwksUri, @Nullable String secret, @Nullable String issuer, @Nullable String audience,
			@DefaultValue("roles") String rolesClaim, @DefaultValue("24h") Duration maxLifetime) {

		boolean enabled() {
			return present(this.jwksUri) || present(this.secret);
		}

	}

	/**
	 * @param key the secret a client sends as {@code Authorization: Bearer <key>} or
	 * {@code X-API-Key: <key>}
	 * @param name who the key belongs to
	 * @param roles its roles: curator, admin
	 */
	record ApiKey(String key, String name, @DefaultValue("curator") List<String> roles) {
	}

	@Contract("null -> false")
	static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
