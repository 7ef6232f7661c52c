package org.oncograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.oncograph.error.OncoGraphException;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates a bearer token that is one of the configured API keys. Keys are kept as
 * SHA-256 digests and compared in constant time. A token that is no key is left to the
 * JWT provider when there is one, else refused.
 */
class ApiKeys implements AuthenticationProvider {

	static final int MIN_LENGTH = 24;

	private final List<Key> keys = new ArrayList<>();

	private final boolean jwtFollows;

	ApiKeys(List<SecurityProperties.ApiKey> configured, boolean jwtFollows) {
		this.jwtFollows = jwtFollows;
		for (int i = 0; i < configured.size(); i++) {
			SecurityProperties.ApiKey key = configured.get(i);
			String property = "oncograph.security.api-keys[" + i + "]";
			if (key.key() == null || key.key().length() < MIN_LENGTH
					|| key.key().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
				throw new OncoGraphException.Startup(
						property + ".key is shorter than " + MIN_LENGTH
								+ " characters or holds white space or control characters.",
						"Generate a long random key, e.g. `openssl rand -base64 32`, and set ONCOGRAPH_SECURITY_APIKEYS_"
								+ i + "_KEY to it.",
						null);
			}
			if (!SecurityProperties.present(key.name())) {
				throw new OncoGraphException.Startup(property + ".name is missing.",
						"Name the key's owner (ONCOGRAPH_SECURITY_APIKEYS_" + i
								+ "_NAME): writes record it as their author.",
						null);
			}
			this.keys.add(new Key(digest(key.key()), key.name(), Roles.authorities(key.roles(), property + ".roles")));
		}
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		byte[] digest = digest(token);
		for (Key key : this.keys) {
			if (MessageDigest.isEqual(key.digest(), digest)) {
				return new ApiKeyAuthentication(key.name(), key.authorities());
			}
		}
		if (this.jwtFollows) {
			return null;
		}
		throw new InvalidBearerTokenException(
				"The bearer token is not a configured API key (and no JWT issuer is configured).");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Key(byte[] digest, String name, List<SimpleGrantedAuthority> authorities) {
	}

	/** An authenticated API key: its name is the principal. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final String name;

		ApiKeyAuthentication(String name, Collection<? extends GrantedAuthority> authorities) {
			super(authorities);
			this.name = name;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return this.name;
		}

	}

}
