package org.oncograph.error;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors the servlet container produces, in the service's JSON error shape
 * ({@link ErrorResponses}) instead of Spring Boot's or Tomcat's: {@code /error}, where
 * Tomcat forwards a request no handler took (404, 405 on a path that is not
 * {@code /graphql}) or that failed, and a Tomcat error report of our own for what never
 * reaches the application (a header over {@code server.max-http-request-header-size}, a
 * URL Tomcat cannot read). {@code GET /error} itself is a 404: there is nothing there.
 */
@RestController
class ContainerErrors implements ErrorController, WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);

	/** How many characters of a path a message shows. */
	static final int SHOWN = 100;

	private final String headerSize;

	ContainerErrors(@Value("${server.max-http-request-header-size:8KB}") DataSize headerSize) {
		this.headerSize = (headerSize.toKilobytes() > 0) ? headerSize.toKilobytes() + " KB"
				: headerSize.toBytes() + " bytes";
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		int status = (code instanceof Integer number && number >= 400) ? number : HttpStatus.NOT_FOUND.value();
		String path = (code instanceof Integer && uri instanceof String forwarded) ? forwarded
				: request.getRequestURI();
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorResponses.body(message(status, path), classification(status)));
	}

	/** What the client did, for the statuses the container sets; never an exception. */
	String message(int status, @Nullable String path) {
		String shown = (path == null) ? "this path" : (path.length() > SHOWN) ? path.substring(0, SHOWN) + "…" : path;
		return switch (status) {
			case 400 -> "The request could not be read: a malformed request line, URL or header, or headers larger"
					+ " than the " + this.headerSize + " allowed (server.max-http-request-header-size). Nothing ran.";
			case 404 -> "There is nothing at " + shown + ". The API is POST /graphql (GraphiQL at /graphiql), the"
					+ " exports are under /export/, the viewer at /view.";
			case 405 -> "This method is not allowed on " + shown + ".";
			case 413 -> "The request is larger than the server accepts.";
			default -> (status >= 500) ? "The server could not answer this request; the failure is in its log."
					: "The request was refused (HTTP " + status + ").";
		};
	}

	/** NOT_FOUND, BAD_REQUEST…: the status's name, INTERNAL_ERROR for every 5xx. */
	static String classification(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (status >= 500 || known == null) ? "INTERNAL_ERROR" : known.name();
	}

	/**
	 * Puts {@link JsonReport} in the place of Tomcat's error report on the host, also
	 * instead of the one Spring Boot adds without server info.
	 */
	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container parent = context.getParent();
			if (parent instanceof Host host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new JsonReport(this));
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(JsonReport.class.getName());
				}
			}
		});
	}

	/** After Spring Boot's own customizer, which adds its error report valve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Tomcat's error report for a response that is an error and has no body yet, written
	 * in the JSON error shape instead of an HTML page.
	 */
	static final class JsonReport extends ErrorReportValve {

		private final ContainerErrors errors;

		JsonReport(ContainerErrors errors) {
			this.errors = errors;
		}

		@Override
		protected void report(Request request, Response response, @Nullable Throwable failure) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				response.resetBuffer();
				ErrorResponses.write(response, status, this.errors.message(status, request.getRequestURI()),
						classification(status));
			}
			catch (IOException | IllegalStateException ex) {
				log.debug("The error report of a {} could not be written", status, ex);
			}
		}

	}

}
