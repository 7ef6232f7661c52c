package org.oncograph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.oncograph.error.ErrorResponses;
import org.oncograph.error.OncoGraphException;
import org.oncograph.model.CleanText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsUtils;

/**
 * The stateless bearer-token API: no sessions, no CSRF (no cookies are used), no login
 * page. Every URL is public unless
 * {@code oncograph.security.require-authentication-for-reads} is set, when
 * {@code /graphql}, {@code /export/**}, {@code /reconcile/**} and the metrics
 * ({@code /actuator/metrics}, {@code /actuator/prometheus}) need a valid token; the
 * health endpoint stays public for probes and shows its details to a valid token only
 * ({@code management.endpoint.health.show-details=when-authorized}); writes are guarded
 * field by field with {@code @PreAuthorize} (role {@code curator}, {@code admin} for
 * retractions; admin includes curator). A bearer token is either a configured API key or
 * a JWT; an invalid one gets 401 with a GraphQL-shaped error body.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** HS256 needs a key of at least 256 bits. */
	static final int MIN_SECRET_BYTES = 32;

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecurityProperties security,
			@Value("${spring.graphql.http.path:/graphql}") String endpoint,
			@Value("${management.endpoints.web.base-path:/actuator}") String actuator,
			AuthenticationManagerResolver<HttpServletRequest> authentication) throws Exception {
		AuthenticationEntryPoint unauthorized = new GraphQlEntryPoint();
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.cors(Customizer.withDefaults())
			// The viewer's own Content-Security-Policy (frame-ancestors) decides who may
			// frame it.
			.headers(headers -> headers.frameOptions(frame -> frame.disable()))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers(CorsUtils::isPreFlightRequest).permitAll();
				if (security.requireAuthenticationForReads()) {
					requests
						.requestMatchers(endpoint, endpoint + "/**", "/export/**", "/reconcile", "/reconcile/**",
								actuator + "/metrics", actuator + "/metrics/**", actuator + "/prometheus")
						.authenticated();
				}
				requests.anyRequest().permitAll();
			})
			.oauth2ResourceServer(bearer -> bearer.authenticationManagerResolver(authentication)
				.bearerTokenResolver(new BearerOrApiKeyHeader())
				.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized));
		return http.build();
	}

	/** API keys first, then JWTs when a JWKS URI or a secret is configured. */
	@Bean
	AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication(SecurityProperties security) {
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new ApiKeys(security.apiKeys(), security.jwt().enabled()));
		if (security.jwt().enabled()) {
			var jwt = new JwtAuthenticationProvider(jwtDecoder(security.jwt()));
			jwt.setJwtAuthenticationConverter(jwtRoles(security.jwt().rolesClaim()));
			providers.add(jwt);
		}
		AuthenticationManager manager = new ProviderManager(providers);
		return request -> manager;
	}

	/**
	 * Spring Security observes nothing: with no tracing configured its observations of
	 * the filter chain, the authentications and the authorizations would only feed timers
	 * nobody reads. With these settings the filters of the chain are not decorated
	 * either, as they would be were the observations only turned off by name
	 * (BENCHMARKS.md, fixes 17 and 21). The HTTP and GraphQL metrics stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_admin > ROLE_curator");
	}

	static JwtDecoder jwtDecoder(SecurityProperties.Jwt jwt) {
		if (SecurityProperties.present(jwt.jwksUri()) && SecurityProperties.present(jwt.secret())) {
			throw new OncoGraphException.Startup("Both a JWKS URI and a JWT secret are configured.",
					"Set either ONCOGRAPH_JWT_JWKS_URI (tokens signed by an identity provider) or ONCOGRAPH_JWT_SECRET"
							+ " (HS256 tokens signed with a shared secret), not both.",
					null);
		}
		NimbusJwtDecoder decoder;
		if (SecurityProperties.present(jwt.jwksUri())) {
			decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwksUri())
				.jwsAlgorithms(algorithms -> algorithms
					.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
							SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.PS256)))
				.build();
		}
		else {
			// Only called when the JWTs are enabled: without a JWKS URI there is a
			// secret.
			byte[] secret = Objects.requireNonNull(jwt.secret()).getBytes(StandardCharsets.UTF_8);
			if (secret.length < MIN_SECRET_BYTES) {
				throw new OncoGraphException.Startup(
						"The JWT secret has " + secret.length + " bytes; HS256 needs at least " + MIN_SECRET_BYTES
								+ ".",
						"Set ONCOGRAPH_JWT_SECRET to a longer random value, e.g. `openssl rand -base64 48`.", null);
			}
			decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
		}
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(SecurityProperties.present(jwt.issuer()) ? JwtValidators.createDefaultWithIssuer(jwt.issuer())
				: JwtValidators.createDefault());
		validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
		validators.add(SecurityConfiguration::cleanSubject);
		validators.add(token -> lifetime(token, jwt.maxLifetime(), Instant.now()));
		if (SecurityProperties.present(jwt.audience())) {
			validators.add(new JwtClaimValidator<List<String>>("aud",
					audience -> audience != null && audience.contains(jwt.audience())));
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

	/**
	 * A {@code sub} that can name the author of a write: present, not blank, and clean
	 * text ({@link CleanText}: no control, bidirectional or invisible characters), so the
	 * audit trail shows who wrote what as it is.
	 */
	static OAuth2TokenValidatorResult cleanSubject(Jwt token) {
		String subject = token.getSubject();
		if (subject == null || subject.isBlank()) {
			return invalid("The token has no subject ('sub'): writes must name their author.");
		}
		CleanText.Flaw flaw = CleanText.flaw(subject);
		return (flaw != null) ? invalid("The token's " + flaw.describe("sub")) : OAuth2TokenValidatorResult.success();
	}

	/**
	 * A token valid for at most {@code longest}: its {@code exp}, which it must have, at
	 * most that long after the earlier of its {@code iat} and now ({@code exp} itself is
	 * checked by the default validators, with 60 s leeway). Counting from the earlier of
	 * the two because Spring Security's claim converter fills a missing {@code iat} with
	 * {@code exp} minus one second before any validator runs, so a token without
	 * {@code iat} looks one second long; and because an {@code iat} in the future would
	 * otherwise lengthen a token at will.
	 */
	static OAuth2TokenValidatorResult lifetime(Jwt token, Duration longest, Instant now) {
		Instant expires = token.getExpiresAt();
		if (expires == null) {
			return invalid("The token has no expiry ('exp').");
		}
		Instant issued = token.getIssuedAt();
		Instant from = (issued != null && issued.isBefore(now)) ? issued : now;
		if (Duration.between(from, expires).compareTo(longest) > 0) {
			return invalid("The token is valid for longer than " + longest + " (ONCOGRAPH_JWT_MAX_LIFETIME).");
		}
		return OAuth2TokenValidatorResult.success();
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

	/**
	 * Roles from the configured claim (a list, or a space-separated string; a dotted name
	 * is a path into objects).
	 */
	static JwtAuthenticationConverter jwtRoles(String claim) {
		var converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(token -> {
			Object value = token.getClaims();
			for (String part : claim.split("\\.")) {
				value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
			}
			Collection<?> roles = (value instanceof Collection<?> list) ? list
					: (value instanceof String text) ? List.of(text.split("\\s+")) : List.of();
			return List.copyOf(Roles.claimed(roles));
		});
		return converter;
	}

	/** {@code Authorization: Bearer <token>}, else an {@code X-API-Key} header. */
	static final class BearerOrApiKeyHeader implements BearerTokenResolver {

		private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

		@Override
		public @Nullable String resolve(HttpServletRequest request) {
			String token = this.bearer.resolve(request);
			if (token != null) {
				return token;
			}
			String key = request.getHeader("X-API-Key");
			return (key != null && !key.isBlank()) ? key.strip() : null;
		}

	}

	/**
	 * 401 with {@code WWW-Authenticate: Bearer …} and a GraphQL error body,
	 * classification UNAUTHORIZED.
	 */
	static final class GraphQlEntryPoint implements AuthenticationEntryPoint {

		private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
				throws IOException {
			this.bearer.commence(request, response, failure);
			String message = (request.getHeader("Authorization") != null || request.getHeader("X-API-Key") != null)
					? "The bearer token is invalid or expired."
					: "This request needs a bearer token (a JWT or an API key).";
			ErrorResponses.write(response, response.getStatus(), message, "UNAUTHORIZED");
		}

	}

}
