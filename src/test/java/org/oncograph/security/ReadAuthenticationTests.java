package org.oncograph.security;

import jakarta.servlet.Filter;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With {@code oncograph.security.require-authentication-for-reads}: the API, the exports
 * and the metrics need a token, the rest (health, the viewer's files) stays public. The
 * filter chain alone, in front of stand-in endpoints.
 */
class ReadAuthenticationTests {

	AnnotationConfigWebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void start() {
		this.context = new AnnotationConfigWebApplicationContext();
		this.context.setServletContext(new MockServletContext());
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(this.context,
				"oncograph.security.require-authentication-for-reads=true",
				"oncograph.security.api-keys[0].key=reader-key-0123456789abcdefghij",
				"oncograph.security.api-keys[0].name=reader", "oncograph.security.api-keys[0].roles=curator");
		this.context.register(Web.class);
		this.context.refresh();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	@AfterEach
	void stop() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@EnableWebSecurity
	@EnableConfigurationProperties(SecurityProperties.class)
	@Import({ SecurityConfiguration.class, Endpoints.class })
	static class Web {

	}

	@Test
	void readsNeedATokenWhenConfigured() throws Exception {
		this.mvc
			.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
				.content("{\"query\":\"{ sources { id } }\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, Matchers.startsWith("Bearer")))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		this.mvc.perform(get("/export/graph.json")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/graphql/schema")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/reconcile")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/reconcile/preview").param("id", "city:minsk")).andExpect(status().isUnauthorized());
		for (String metrics : new String[] { "/actuator/prometheus", "/actuator/metrics",
				"/actuator/metrics/jvm.memory.used" }) {
			this.mvc.perform(get(metrics)).andExpect(status().isUnauthorized());
			this.mvc.perform(get(metrics).header("X-API-Key", "reader-key-0123456789abcdefghij"))
				.andExpect(status().isOk());
		}
	}

	@Test
	void aValidTokenReads() throws Exception {
		this.mvc
			.perform(post("/graphql").header("X-API-Key", "reader-key-0123456789abcdefghij")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk())
			.andExpect(content().string("graphql"));
		this.mvc
			.perform(get("/export/graph.json").header(HttpHeaders.AUTHORIZATION,
					"Bearer reader-key-0123456789abcdefghij"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reconcile").header("X-API-Key", "reader-key-0123456789abcdefghij"))
			.andExpect(status().isOk());
	}

	@Test
	void healthAndTheViewerStayPublic() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/view/page.js")).andExpect(status().isOk());
	}

	@RestController
	static class Endpoints {

		@PostMapping("/graphql")
		String graphql() {
			return "graphql";
		}

		@GetMapping("/graphql/schema")
		String schema() {
			return "schema";
		}

		@GetMapping({ "/reconcile", "/reconcile/preview" })
		String reconcile() {
			return "{}";
		}

		@GetMapping("/export/graph.json")
		String export() {
			return "{}";
		}

		@GetMapping({ "/actuator/health", "/view/page.js" })
		String open() {
			return "open";
		}

		@GetMapping({ "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/{name}" })
		String metrics() {
			return "metrics";
		}

	}

}
