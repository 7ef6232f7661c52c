package org.oncograph.view;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the viewer page at {@code /view} (the static {@code view/index.html}) and lets
 * the allowed origins embed it: CORS on {@code /graphql} for the {@code <oncograph-view>}
 * element (and on {@code /reconcile}, which OpenRefine's page calls),
 * {@code frame-ancestors} on {@code /view} for iframes. The API is read-only and uses no
 * cookies, so CORS never allows credentials.
 */
@Configuration(proxyBeanMethods = false)
class EmbedConfiguration implements WebMvcConfigurer {

	private final EmbedProperties embed;

	EmbedConfiguration(EmbedProperties embed) {
		this.embed = embed;
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/view").setViewName("forward:/view/index.html");
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		// The reconciliation service (OpenRefine calls it from the browser) as the API.
		for (String path : new String[] { "/graphql", "/reconcile/**" }) {
			registry.addMapping(path)
				.allowedOriginPatterns(this.embed.anyOrigin() ? new String[] { "*" }
						: this.embed.allowedOrigins().toArray(String[]::new))
				.allowedMethods("GET", "POST")
				.allowedHeaders("Content-Type", "Accept")
				.allowCredentials(false)
				.maxAge(3600);
		}
	}

	/**
	 * The viewer's Content-Security-Policy: its own scripts and API only, and framed only
	 * by the allowed origins. Styles need {@code 'unsafe-inline'}: Cytoscape.js sets
	 * {@code style} attributes on the elements it creates.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> viewContentSecurityPolicy() {
		String policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors "
				+ this.embed.frameAncestors();
		var filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader("Content-Security-Policy", policy);
				chain.doFilter(request, response);
			}

		};
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
		registration.addUrlPatterns("/view", "/view/", "/view/index.html");
		registration.setName("viewContentSecurityPolicy");
		return registration;
	}

}
