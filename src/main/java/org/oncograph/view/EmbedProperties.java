package org.oncograph.view;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may embed the viewer: {@code oncograph.embed.allowed-origins}
 * ({@code ONCOGRAPH_EMBED_ORIGINS}), a comma-separated list of origins
 * ({@code https://intranet.example.org}, patterns like {@code https://*.example.org}), or
 * {@code *} for any. It sets both CORS on {@code /graphql} (pages on those origins may
 * call the API) and the {@code frame-ancestors} of {@code /view} (pages on those origins
 * may frame the viewer).
 */
@ConfigurationProperties("oncograph.embed")
record EmbedProperties(@DefaultValue("*") List<String> allowedOrigins) {

	boolean anyOrigin() {
		return this.allowedOrigins.isEmpty() || this.allowedOrigins.contains("*");
	}

	/**
	 * The CSP {@code frame-ancestors} source list: {@code *}, or {@code 'self'} and the
	 * allowed origins.
	 */
	String frameAncestors() {
		if (anyOrigin()) {
			return "*";
		}
		return "'self' " + String.join(" ", this.allowedOrigins);
	}

}
